# SPDX-License-Identifier: GPL-3.0-or-later
# The program's SQLite database: schema and migrations, and the stores that write it.
target_sources(yibao_storage PRIVATE
    storage/database.h storage/database.cpp
    storage/corpusstore.h storage/corpusstore.cpp
    storage/consultationstore.h storage/consultationstore.cpp
    storage/autosavestore.h storage/autosavestore.cpp
    storage/databaserecovery.h storage/databaserecovery.cpp)
