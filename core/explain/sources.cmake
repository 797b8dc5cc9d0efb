# SPDX-License-Identifier: GPL-3.0-or-later
# The explainer: the article corpus and its passages, search, the links from rules and
# parameters to the passages that state them, and our own explanation texts.
target_sources(yibao_explain PRIVATE
    explain/passage.h
    explain/article.h explain/article.cpp
    explain/topicfilter.h explain/topicfilter.cpp
    explain/articleparser.h explain/articleparser.cpp
    explain/corpus.h explain/corpus.cpp
    explain/searchquery.h explain/searchquery.cpp
    explain/searchterms.h explain/searchterms.cpp
    explain/snippet.h explain/snippet.cpp
    explain/patternscan.h explain/patternscan.cpp
    explain/quote.h explain/quote.cpp
    explain/passagesearch.h explain/passagesearch.cpp
    explain/linkmap.h explain/linkmap.cpp
    explain/passagelinker.h explain/passagelinker.cpp
    explain/explanation.h explain/explanation.cpp
    explain/library.h explain/library.cpp)
