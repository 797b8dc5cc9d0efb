target_sources(yibao_policy PRIVATE
    policy/parameter.h policy/parameter.cpp
    policy/parameterkeys.h policy/parameterkeys.cpp
    policy/policyprofile.h policy/policyprofile.cpp
    policy/profileloader.h policy/profileloader.cpp)
