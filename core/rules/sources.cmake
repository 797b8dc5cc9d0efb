target_sources(yibao_rules PRIVATE
    rules/formula.h
    rules/trace.h rules/trace.cpp
    rules/result.h
    rules/rulecontext.h
    rules/paramreader.h rules/paramreader.cpp
    rules/monthline.h rules/monthline.cpp
    rules/retire.h rules/retire.cpp
    rules/years.h rules/years.cpp
    rules/gap.h rules/gap.cpp
    rules/account.h rules/account.cpp
    rules/lifelong.h rules/lifelong.cpp
    rules/eligibility.h rules/eligibility.cpp
    rules/warnings.h rules/warnings.cpp
    rules/engine.h rules/engine.cpp)
