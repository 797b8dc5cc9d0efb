target_sources(yibao_io PRIVATE
    io/inputerror.h io/inputerrorwords.h io/inputerrorwords.cpp
    io/casejson.h io/casejson.cpp
    io/casevalidator.h io/casevalidator.cpp
    io/caseloader.h io/caseloader.cpp
    io/resultjson.h io/resultjson.cpp io/jsonwriter.h io/jsonwriter.cpp
    io/textreport.h io/textreport.cpp
    io/analysis.h io/analysis.cpp
    io/tracewords.h io/tracewords.cpp
    io/typedinput.h io/typedinput.cpp
    io/csvimport.h io/csvimport.cpp)
