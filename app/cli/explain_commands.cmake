# SPDX-License-Identifier: GPL-3.0-or-later
# The explainer's commands: search, explain, articles (included by app/CMakeLists.txt).
target_sources(yibao-cli PRIVATE
    cli/explaincli.h cli/explaincli.cpp
    cli/cmd_search.cpp
    cli/cmd_explain.cpp
    cli/cmd_articles.cpp)
