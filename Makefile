# gangguan: build, test, install.  See README.md.
#
# Sources are found by wildcard so that a new module (src/LAYER/x.c) or a
# new unit test (tests/unit/test_x.c) needs no edit here.

VERSION    = 0.1.0
PREFIX    ?= /usr/local
BINDIR    ?= $(PREFIX)/bin
MANDIR    ?= $(PREFIX)/share/man
DATADIR   ?= $(PREFIX)/share/gangguan
COMPLETIONSDIR ?= $(PREFIX)/share/bash-completion/completions
DESTDIR   ?=
THIS_MAKEFILE := $(lastword $(MAKEFILE_LIST))

CC        ?= cc
PKG_CONFIG ?= pkg-config
CFLAGS    ?= -O2 -g
WARNFLAGS  = -std=c11 -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
             -Wformat=2 -Wvla
ifdef WERROR
WARNFLAGS += -Werror
endif

# Debian packages: what `make` needs to build the programs; what make run
# and make check need on top (the tests, the PDF letters' font); what make
# deb needs on top of the build.  Plain `make` checks none of them: `make
# deps` installs BUILD_PKGS and TEST_PKGS, make run and make check call it.
BUILD_PKGS = build-essential pkg-config libncurses-dev libsqlite3-dev \
             libiniparser-dev libpango1.0-dev libcairo2-dev
TEST_PKGS  = libcmocka-dev tmux mandoc man-db jq sqlite3 clang python3 \
             fonts-liberation poppler-utils
DEB_TOOL_PKGS = debhelper lintian fakeroot dpkg-dev
DEB_PKGS   = $(BUILD_PKGS) $(TEST_PKGS)

PKG_CFLAGS := $(shell $(PKG_CONFIG) --cflags ncursesw sqlite3 2>/dev/null)
PKG_LIBS   := $(shell $(PKG_CONFIG) --libs ncursesw sqlite3 2>/dev/null)
# pango and cairo for the PDF letters: only the print layer sees them.
PRINT_CFLAGS := $(shell $(PKG_CONFIG) --cflags pangocairo cairo-pdf 2>/dev/null)
PRINT_LIBS   := $(shell $(PKG_CONFIG) --libs pangocairo cairo-pdf 2>/dev/null)
DEFS_BASE  = -D_DEFAULT_SOURCE -D_XOPEN_SOURCE=600 -DGANGGUAN_VERSION='"$(VERSION)"' $(CPPFLAGS)
DEFS       = $(DEFS_BASE) -DGANGGUAN_DATADIR='"$(DATADIR)"'
# The sanitizer build and the unit tests serve make check alone (the tests
# set GANGGUAN_DATADIR): their data dir is fixed, so that building for
# another PREFIX never rebuilds them, nor leaves a unit test compiled for
# one data dir linked against objects of another.
SAN_DEFS   = $(DEFS_BASE) -DGANGGUAN_DATADIR='"/usr/local/share/gangguan"'

# Layers (README.md, Hacking): each is compiled with the include paths of
# the layers it may use and no others, so that a wrong arrow (core
# including a store header, the TUI including a CLI one) fails the build.
# Shared headers are in include/LAYER/, private ones beside the sources.
INC_core    = -Iinclude/core
INC_config  = $(INC_core) -Iinclude/config -Isrc/config -I/usr/include/iniparser
INC_store   = $(INC_core) -Iinclude/store -Isrc/store
INC_service = $(INC_core) -Iinclude/config -Iinclude/store -Iinclude/service -Isrc/service
INC_print   = $(INC_core) -Iinclude/print -Isrc/print $(PRINT_CFLAGS)
INC_cli     = $(INC_core) -Iinclude/config -Iinclude/store -Iinclude/service -Iinclude/cli -Isrc/cli
INC_tui     = $(INC_core) -Iinclude/config -Iinclude/store -Iinclude/service -Iinclude/tui -Isrc/tui
INC_main    = $(INC_core) -Iinclude/config -Iinclude/store -Iinclude/service -Iinclude/cli -Iinclude/tui
INC_pdfmain = $(INC_print)
# Tests and benchmarks reach into every layer (and its private headers).
INC_tests   = $(INC_core) -Iinclude/config -Iinclude/store -Iinclude/service -Iinclude/cli \
              -Iinclude/print -Iinclude/tui -Isrc/store -Isrc/cli -Isrc/tui -Isrc/service -I/usr/include/iniparser
LAYERS     = core config store service print cli tui
# The include flags of source file src/LAYER/x.c (src/main.c: main).
layer_inc  = $(INC_$(firstword $(subst /, ,$(basename $(patsubst src/%,%,$(1))))))
LIBS_ALL   = $(PKG_LIBS) -liniparser -lm

SAN_FLAGS  = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

CORE_SRC   := $(wildcard src/core/*.c)
LIB_SRC    := $(CORE_SRC) $(wildcard src/config/*.c src/store/*.c src/service/*.c src/print/*.c src/cli/*.c src/tui/*.c)
MAIN_SRC   := src/main.c
UNIT_SRC   := $(wildcard tests/unit/test_*.c)

# gangguan-pdf (src/pdfmain.c) is the only program that links pango and
# cairo: gangguan runs it to make a PDF, so they never slow its start.
PRINT_SRC  := $(wildcard src/print/*.c)
PDF_MAIN   := src/pdfmain.c
OBJ        := $(patsubst src/%.c,build/obj/%.o,$(filter-out $(PRINT_SRC),$(LIB_SRC)) $(MAIN_SRC))
SAN_OBJ    := $(patsubst src/%.c,build/san/%.o,$(filter-out $(PRINT_SRC),$(LIB_SRC)))
PDF_OBJ    := $(patsubst src/%.c,build/obj/%.o,$(PRINT_SRC) $(PDF_MAIN) $(CORE_SRC))
SAN_PDF_OBJ := $(patsubst src/%.c,build/san/%.o,$(PRINT_SRC) $(PDF_MAIN) $(CORE_SRC))
SAN_MAIN   := build/san/main.o
UNIT_BIN   := $(patsubst tests/unit/%.c,build/tests/%,$(UNIT_SRC))

.PHONY: all deps run check test fuzz bench install uninstall clean lint-man deb deb-test

# The programs only: no package check, no apt-get.
all: gangguan gangguan-pdf

# install_pkgs PACKAGES: install the missing ones with apt-get as root or
# with sudo -n, else print the exact command and fail.  Off Debian (no
# dpkg-query) it only names them: the build then says what is missing.
define install_pkgs
@if ! command -v dpkg-query >/dev/null; then \
	  echo "gangguan: not a Debian system; the build needs (Debian names): $(1)" >&2; exit 0; fi; \
	missing=$$(for p in $(1); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'ok installed' || printf ' %s' $$p; done); \
	[ -z "$$missing" ] && exit 0; \
	echo "gangguan: missing Debian packages:$$missing"; \
	if [ "$$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then SUDO="sudo -n"; \
	else echo "gangguan: as root, run: apt-get install -y$$missing" >&2; exit 1; fi; \
	$$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	$$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq$$missing >/dev/null || \
	{ echo "gangguan: apt-get failed; as root, run: apt-get install -y$$missing" >&2; exit 1; }
endef

# make deps always looks; make run and make check look once per change of
# this Makefile (the stamp), then build in a sub-make, whose pkg-config
# flags are read after the install (on a fresh machine pkg-config itself
# is among the missing).
deps:
	$(call install_pkgs,$(DEB_PKGS))
	@mkdir -p build && touch build/.deps-ok
build/.deps-ok: $(THIS_MAKEFILE)
	$(call install_pkgs,$(DEB_PKGS))
	@mkdir -p build && touch $@
build/.deps-deb-ok: $(THIS_MAKEFILE)
	$(call install_pkgs,$(BUILD_PKGS) $(DEB_TOOL_PKGS))
	@mkdir -p build && touch $@

LINK_GANGGUAN     = $(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(OBJ) $(LIBS_ALL)
LINK_GANGGUAN_PDF = $(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(PDF_OBJ) $(PRINT_LIBS) -lm

gangguan: $(OBJ) build/.layers-ok gangguan-pdf
	$(LINK_GANGGUAN)

gangguan-pdf: $(PDF_OBJ)
	$(LINK_GANGGUAN_PDF)

# The same optimised programs in build/opt/, for make check (the release
# build must compile and link warning-free) and make bench: neither may
# replace ./gangguan, which was built for the PREFIX its user chose.
build/opt/gangguan: $(OBJ) build/.layers-ok build/opt/gangguan-pdf
	@mkdir -p $(dir $@)
	$(LINK_GANGGUAN)

build/opt/gangguan-pdf: $(PDF_OBJ)
	@mkdir -p $(dir $@)
	$(LINK_GANGGUAN_PDF)

# The data dir is compiled in: a stamp holding it makes the objects
# rebuild when PREFIX or DATADIR changes (make install PREFIX=/opt/...).
build/.datadir: FORCE
	@mkdir -p build
	@printf '%s\n' "$(DATADIR)" | cmp -s - $@ || printf '%s\n' "$(DATADIR)" >$@

.PHONY: FORCE
FORCE:

build/obj/%.o: src/%.c build/.datadir
	@mkdir -p $(dir $@)
	$(CC) $(WARNFLAGS) $(CFLAGS) $(DEFS) $(call layer_inc,$<) $(PKG_CFLAGS) -MMD -MP -c -o $@ $<

build/san/%.o: src/%.c
	@mkdir -p $(dir $@)
	$(CC) $(WARNFLAGS) $(SAN_FLAGS) $(SAN_DEFS) $(call layer_inc,$<) $(PKG_CFLAGS) -MMD -MP -c -o $@ $<

build/san/gangguan: $(SAN_OBJ) $(SAN_MAIN) build/san/gangguan-pdf
	$(CC) $(SAN_FLAGS) -o $@ $(SAN_OBJ) $(SAN_MAIN) $(LIBS_ALL)

build/san/gangguan-pdf: $(SAN_PDF_OBJ)
	$(CC) $(SAN_FLAGS) -o $@ $^ $(PRINT_LIBS) -lm

# Unit tests link against an archive, so that a test pulls in only the
# modules it uses (a core test needs no SQLite or curses at run time).
build/san/libgangguan.a: $(SAN_OBJ)
	rm -f $@
	ar rcs $@ $^

build/tests/%: tests/unit/%.c build/san/libgangguan.a
	@mkdir -p $(dir $@)
	$(CC) $(WARNFLAGS) $(SAN_FLAGS) $(SAN_DEFS) $(INC_tests) $(PKG_CFLAGS) -o $@ $< build/san/libgangguan.a $(LIBS_ALL) -lcmocka

build/demo.db: gangguan data/gangguan.ini
	rm -f build/demo.db build/demo.db-wal build/demo.db-shm
	./gangguan -c data/gangguan.ini -d build/demo.db demo

run: build/.deps-ok
	@$(MAKE) --no-print-directory gangguan build/demo.db
	GANGGUAN_DATADIR=data ./gangguan -c data/gangguan.ini -d build/demo.db

# clang must accept the sources warning-free too (gcc builds them above).
build/.clang-ok: $(LIB_SRC) $(MAIN_SRC) $(PDF_MAIN) $(wildcard include/*/*.h src/*/*.h)
	@for l in $(LAYERS); do \
	  echo "clang -fsyntax-only src/$$l"; \
	  clang $(WARNFLAGS) -Werror $(DEFS) $$(case $$l in \
	    core) echo '$(INC_core)';; config) echo '$(INC_config)';; store) echo '$(INC_store)';; \
	    service) echo '$(INC_service)';; print) echo '$(INC_print)';; cli) echo '$(INC_cli)';; \
	    tui) echo '$(INC_tui)';; esac) \
	    $(PKG_CFLAGS) -fsyntax-only src/$$l/*.c || exit 1; done
	clang $(WARNFLAGS) -Werror $(DEFS) $(INC_main) $(PKG_CFLAGS) -fsyntax-only $(MAIN_SRC)
	clang $(WARNFLAGS) -Werror $(DEFS) $(INC_pdfmain) -fsyntax-only $(PDF_MAIN)
	@touch $@

# What include paths cannot stop: system headers of another layer.  core
# stays pure (no ncurses, SQLite, iniparser), SQLite only in store, curses
# only in tui, iniparser only in config, pango and cairo only in print.
build/.layers-ok: $(LIB_SRC) $(MAIN_SRC) $(wildcard include/*/*.h src/*/*.h)
	@bad=$$(grep -nE '^#include <(n?curses|sqlite3|iniparser)' src/core/*.[ch] include/core/*.h; \
	  grep -nE '^#include <sqlite3' $$(ls src/*/*.[ch] include/*/*.h | grep -v '/store/'); \
	  grep -nE '^#include <n?curses' $$(ls src/*/*.[ch] include/*/*.h | grep -v '/tui/'); \
	  grep -nE '^#include <iniparser' $$(ls src/*/*.[ch] include/*/*.h | grep -v '/config/'); \
	  grep -nE '^#include <(pango|cairo)' $$(ls src/*/*.[ch] include/*/*.h | grep -v '/print/')); \
	if [ -n "$$bad" ]; then echo "layer violation (see README.md, Hacking):"; echo "$$bad"; exit 1; fi
	@mkdir -p build && touch $@

# The fuzz harnesses (defined here: `test` below lists their replays as
# prerequisites, which make expands when it reads the rule).
FUZZ_NAMES   := $(patsubst tests/fuzz/fuzz_%.c,%,$(wildcard tests/fuzz/fuzz_*.c))
FUZZ_REPLAY  := $(patsubst %,build/fuzz/replay/fuzz_%,$(FUZZ_NAMES))
FUZZ_BIN     := $(patsubst %,build/fuzz/bin/fuzz_%,$(FUZZ_NAMES))
FUZZ_OBJ     := $(patsubst src/%.c,build/fuzz/obj/%.o,$(CORE_SRC) $(wildcard src/config/*.c) src/tui/draft.c)
FUZZ_HELPERS  = tests/fuzz/fuzzlib.c tests/fuzz/fuzz.h
FUZZ_SECONDS ?= 60

# The bench's generator and runner: make check builds them and smokes
# them (tests/cli/bench.sh), so that they cannot rot.
BENCH_TOOLS := build/bench/bench_gen build/bench/bench_run

# All tests under the sanitizers; tests/run prints the one closing line.
# `make test` is the same without the package check.  Only build/ outputs
# are used: ./gangguan is never rebuilt or replaced by a check.
check: build/.deps-ok
	@$(MAKE) --no-print-directory test
test: build/san/gangguan build/san/gangguan-pdf $(UNIT_BIN) $(FUZZ_REPLAY) build/opt/gangguan build/.clang-ok \
      $(BENCH_TOOLS)
	@GANGGUAN=$(CURDIR)/build/san/gangguan GANGGUAN_DATADIR=$(CURDIR)/data \
	  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp \
	  sh tests/run $(UNIT_BIN)

# Fuzzing (tests/fuzz/README): each tests/fuzz/fuzz_NAME.c is built twice.
# make check links it with replay.c against the sanitizer archive and
# runs every input of tests/fuzz/corpus/NAME/ once; make fuzz builds it
# with clang's libFuzzer (objects of its own: gcc's and clang's ASan do not
# mix) and runs each for FUZZ_SECONDS, a crash landing in the corpus.

build/fuzz/replay/%: tests/fuzz/%.c tests/fuzz/replay.c $(FUZZ_HELPERS) build/san/libgangguan.a
	@mkdir -p $(dir $@)
	$(CC) $(WARNFLAGS) $(SAN_FLAGS) $(SAN_DEFS) $(INC_tests) -Itests/fuzz $(PKG_CFLAGS) -o $@ $< tests/fuzz/replay.c \
	  tests/fuzz/fuzzlib.c build/san/libgangguan.a $(LIBS_ALL)

build/fuzz/obj/%.o: src/%.c
	@mkdir -p $(dir $@)
	clang $(WARNFLAGS) $(SAN_FLAGS) -fsanitize=fuzzer-no-link $(SAN_DEFS) $(call layer_inc,$<) $(PKG_CFLAGS) -MMD -MP -c -o $@ $<

build/fuzz/libgangguan.a: $(FUZZ_OBJ)
	rm -f $@
	ar rcs $@ $^

build/fuzz/bin/%: tests/fuzz/%.c $(FUZZ_HELPERS) build/fuzz/libgangguan.a
	@mkdir -p $(dir $@)
	clang $(WARNFLAGS) $(SAN_FLAGS) -fsanitize=fuzzer $(SAN_DEFS) $(INC_tests) -Itests/fuzz $(PKG_CFLAGS) -o $@ $< \
	  tests/fuzz/fuzzlib.c build/fuzz/libgangguan.a $(LIBS_ALL)

# New inputs go to build/fuzz/work/NAME (the first corpus dir); what is
# worth keeping is copied into tests/fuzz/corpus/NAME by hand (README).
fuzz: build/.deps-ok
	@$(MAKE) --no-print-directory $(FUZZ_BIN)
	@for n in $(FUZZ_NAMES); do echo "== fuzz_$$n, $(FUZZ_SECONDS) s"; mkdir -p build/fuzz/work/$$n && \
	  ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp GANGGUAN_DATADIR=$(CURDIR)/data \
	  build/fuzz/bin/fuzz_$$n -max_total_time=$(FUZZ_SECONDS) -max_len=8192 -print_final_stats=1 \
	    -artifact_prefix=tests/fuzz/corpus/$$n/crash- build/fuzz/work/$$n tests/fuzz/corpus/$$n || exit 1; done

# The optimised objects as one archive, for the bench's tools.
build/obj/libgangguan.a: $(filter-out build/obj/main.o,$(OBJ))
	rm -f $@
	ar rcs $@ $^

build/bench/%: tests/bench/%.c build/obj/libgangguan.a
	@mkdir -p $(dir $@)
	$(CC) $(WARNFLAGS) $(CFLAGS) $(DEFS) $(INC_tests) $(PKG_CFLAGS) -o $@ $< build/obj/libgangguan.a $(LIBS_ALL)

# The runner that measures one process: libc only, so that its own
# memory (which Linux carries into the child's peak RSS) stays small.
build/bench/bench_run: tests/bench/bench_run.c
	@mkdir -p $(dir $@)
	$(CC) $(WARNFLAGS) $(CFLAGS) $(DEFS) -o $@ $<

# make bench (tests/bench/bench.py): realistic registers of each size in
# BENCH_SIZES (cached in build/bench/ by size, seed and schema), the TUI
# in a pseudo-terminal, CLI processes beside the sqlite3 shell,
# taskwarrior; exits non-zero only on a missed ratio.  BENCH_1M=1 adds
# 1,000,000 incidents.  Results: a new section of tests/bench/results.md.
BENCH_SIZES ?= 10000 100000
BENCH_RUNS  ?= 5
BENCH_SEED  ?= 42
BENCH_LABEL ?=
bench: build/.deps-ok
	@$(MAKE) --no-print-directory $(BENCH_TOOLS) build/opt/gangguan
	@echo "== tests/bench/startup.sh"; GANGGUAN=$(CURDIR)/build/opt/gangguan sh tests/bench/startup.sh
	@echo "== tests/bench/bench.py"; python3 tests/bench/bench.py --bin $(CURDIR)/build/opt/gangguan \
	  --sizes "$(BENCH_SIZES)$(if $(BENCH_1M), 1000000)" --runs $(BENCH_RUNS) --seed $(BENCH_SEED) \
	  --label "$(BENCH_LABEL)"

lint-man:
	@for m in man/*.[0-9]; do mandoc -Tlint -Wwarning $$m || exit 1; done

# Files that name installed paths are written for the default PREFIX
# (/usr/local/share/gangguan, /usr/local/bin): installed, they name the
# real ones.  The backup examples (systemd units, a cron line) and the bash
# completion are installed when the tree has them.
INSTALL_PATHS = sed -e 's|/usr/local/share/gangguan|$(DATADIR)|g' -e 's|/usr/local/bin|$(BINDIR)|g' \
                    -e 's|/usr/local|$(PREFIX)|g'
MAN_PAGES     = $(wildcard man/*.[1-9])
PATH_EXAMPLES = $(wildcard data/examples/gangguan-backup.service data/examples/gangguan-backup.timer \
                  data/examples/gangguan-backup.cron)
COMPLETION    = $(wildcard data/bash-completion/gangguan)

install: gangguan gangguan-pdf
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)
	install -m 755 gangguan $(DESTDIR)$(BINDIR)/gangguan
	install -m 755 gangguan-pdf $(DESTDIR)$(BINDIR)/gangguan-pdf
	for m in $(MAN_PAGES); do d=$(DESTDIR)$(MANDIR)/man$${m##*.}; install -d $$d && \
	  $(INSTALL_PATHS) $$m >$$d/$${m##*/} && chmod 644 $$d/$${m##*/} || exit 1; done
	cd data && find . -path ./bash-completion -prune -o -type d -exec install -d $(DESTDIR)$(DATADIR)/{} \; && \
	  find . -path ./bash-completion -prune -o -type f -exec install -m 644 {} $(DESTDIR)$(DATADIR)/{} \;
	for f in $(PATH_EXAMPLES); do $(INSTALL_PATHS) $$f >$(DESTDIR)$(DATADIR)/$${f#data/} || exit 1; done
ifneq ($(COMPLETION),)
	install -d $(DESTDIR)$(COMPLETIONSDIR)
	install -m 644 $(COMPLETION) $(DESTDIR)$(COMPLETIONSDIR)/gangguan
endif

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/gangguan $(DESTDIR)$(BINDIR)/gangguan-pdf $(DESTDIR)$(MANDIR)/man1/gangguan*.1 \
	  $(DESTDIR)$(MANDIR)/man5/gangguan*.5 $(DESTDIR)$(MANDIR)/man7/gangguan*.7 \
	  $(DESTDIR)$(COMPLETIONSDIR)/gangguan
	rm -rf $(DESTDIR)$(DATADIR)

# A Debian package (debhelper 13; its debian/ is tests/packaging/debian,
# kept out of the top level as Debian asks of upstreams): built from a
# copy of the tracked files in build/deb/, left in build/, and checked by
# lintian, whose every error fails.  make deb-test installs it (as root: it
# changes the system), uses it as an admin would, and purges it again.
# The package's build is its own: none of this make's flags or variables
# (MAKEFLAGS) reach it.
DEB_ARCH  = $(shell dpkg --print-architecture 2>/dev/null)
DEB_SRC   = build/deb/gangguan-$(VERSION)
DEB_FILE  = build/gangguan_$(VERSION)_$(DEB_ARCH).deb

deb: build/.deps-deb-ok
	@v=$$(dpkg-parsechangelog -l tests/packaging/debian/changelog -S Version) && [ "$$v" = "$(VERSION)" ] || \
	  { echo "gangguan: tests/packaging/debian/changelog is at version $$v, the Makefile at $(VERSION)" >&2; exit 1; }
	rm -rf build/deb $(DEB_FILE) && mkdir -p $(DEB_SRC)
	@if [ "$$(git rev-parse --show-toplevel 2>/dev/null)" = "$(CURDIR)" ]; then \
	  git ls-files | while IFS= read -r f; do [ -e "$$f" ] && printf '%s\n' "$$f"; done | tar -cf - -T -; \
	else tar -cf - src include data man tests Makefile README.md .ci; fi | tar -C $(DEB_SRC) -xf -
	cp -R tests/packaging/debian $(DEB_SRC)/debian
	cd $(DEB_SRC) && env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL -u MAKEOVERRIDES dpkg-buildpackage -b -us -uc
	mv build/deb/$(notdir $(DEB_FILE)) $(DEB_FILE)
	lintian --fail-on error $(DEB_FILE)

deb-test:
	@sh tests/packaging/test-deb.sh

clean:
	rm -rf build gangguan gangguan-pdf

-include $(OBJ:.o=.d) $(SAN_OBJ:.o=.d) $(FUZZ_OBJ:.o=.d) $(SAN_MAIN:.o=.d) $(PDF_OBJ:.o=.d) $(SAN_PDF_OBJ:.o=.d)
