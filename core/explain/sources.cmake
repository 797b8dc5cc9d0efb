# SPDX-License-Identifier: GPL-3.0-or-later
# The explainer: the article corpus, its passages, search, and the links from rules and
# parameters to the passages that state them.
target_sources(yibao_core PRIVATE
    explain/passage.h
    explain/article.h explain/article.cpp
    explain/topicfilter.h explain/topicfilter.cpp
    explain/articleparser.h explain/articleparser.cpp)
target_sources(yibao_core PRIVATE
    explain/corpus.h explain/corpus.cpp)
target_sources(yibao_core PRIVATE
    explain/searchquery.h explain/searchquery.cpp
    explain/snippet.h explain/snippet.cpp
    explain/passagesearch.h explain/passagesearch.cpp)
target_sources(yibao_core PRIVATE
    explain/linkmap.h explain/linkmap.cpp)
target_sources(yibao_core PRIVATE
    explain/passagelinker.h explain/passagelinker.cpp)
target_sources(yibao_core PRIVATE
    explain/explanation.h explain/explanation.cpp)
