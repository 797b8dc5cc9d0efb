target_sources(yibao_domain PRIVATE
    domain/money.h domain/money.cpp domain/digits.h
    domain/rate.h domain/rate.cpp
    domain/yearmonth.h domain/yearmonth.cpp
    domain/case.h domain/case.cpp
    domain/idnumber.h domain/idnumber.cpp
    domain/bounds.h domain/bounds.cpp
    domain/language.h domain/language.cpp
    domain/band.h domain/band.cpp
    domain/unit.h domain/unit.cpp)
