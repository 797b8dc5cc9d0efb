# SPDX-License-Identifier: GPL-3.0-or-later
# The layers of core and, for each, the layers it may use: ARCHITECTURE.md's table "Who
# may include whom". Read by core/CMakeLists.txt (which builds the libraries and their
# include roots from it) and tests/layers (which checks that every other cell fails).
set(YIBAO_LAYERS domain policy rules explain present report io storage)
# The layers that draw and so may use QtGui (never QtWidgets): the 明白纸's layout.
set(YIBAO_GUI_LAYERS report)
set(YIBAO_LAYER_DEPS_domain "")
set(YIBAO_LAYER_DEPS_policy domain)
set(YIBAO_LAYER_DEPS_rules domain policy)
set(YIBAO_LAYER_DEPS_explain domain policy rules)
set(YIBAO_LAYER_DEPS_present domain policy rules explain)
set(YIBAO_LAYER_DEPS_report domain policy rules explain present)
set(YIBAO_LAYER_DEPS_io domain policy rules explain present)
set(YIBAO_LAYER_DEPS_storage domain policy explain io)
set(YIBAO_CORE_INCLUDE_ROOT ${PROJECT_BINARY_DIR}/core/include)
