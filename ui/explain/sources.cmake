# SPDX-License-Identifier: GPL-3.0-or-later
# The explanation pane (our words, the trace, the quoted passages and their conflicts)
# and the article browser with the corpus search.
target_sources(yibao_ui PRIVATE
    explain/explanationpane.h explain/explanationpane.cpp
    explain/snippetdelegate.h explain/snippetdelegate.cpp
    explain/articlebrowser.h explain/articlebrowser.cpp)
