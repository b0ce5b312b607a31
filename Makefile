# krait build.  `make` builds the engine (build/libkrait.a, build/libkrait.so)
# and the tool (build/krait); `make test` runs every test suite; `make
# sanitize` runs them again under AddressSanitizer + UBSan.  Sources are found
# by directory, so a new .c file needs no change here.

CC       ?= cc
BUILD    ?= build
OPT      ?= -O2
CFLAGS   ?= $(OPT) -g
KR_CFLAGS = -std=gnu11 -Wall -Wextra -Wno-unused-parameter -fPIC \
            -fvisibility=hidden -Iinclude -Isrc $(CFLAGS) $(EXTRA_CFLAGS)
LDLIBS   += -lm
# The krait binary links statically: no dynamic loader, no relocations of
# the built-in type tables at start-up (a run of an empty file then takes
# about 1.8 MB and well under a millisecond; dynamically linked, 2.9 MB).
# Sanitizer builds cannot link statically.
KRAIT_LDFLAGS ?= -static

LIB_SRCS  := $(sort $(shell find src -name '*.c'))
CLI_SRCS  := $(sort $(wildcard cli/*.c))
UNIT_SRCS := $(sort $(wildcard tests/unit/test_*.c))

LIB_OBJS  := $(LIB_SRCS:%.c=$(BUILD)/obj/%.o)
CLI_OBJS  := $(CLI_SRCS:%.c=$(BUILD)/obj/%.o)
UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/tests/%)

.PHONY: all test unit-test parse-test cli-test sanitize fuzz bench clean install example
all: $(BUILD)/krait $(BUILD)/libkrait.a $(BUILD)/libkrait.so $(UNIT_BINS)

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(KR_CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/libkrait.a: $(LIB_OBJS)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/libkrait.so: $(LIB_OBJS)
	$(CC) $(KR_CFLAGS) -shared -o $@ $^ $(LDLIBS)

$(BUILD)/krait: $(CLI_OBJS) $(BUILD)/libkrait.a
	$(CC) $(KR_CFLAGS) $(KRAIT_LDFLAGS) -o $@ $(CLI_OBJS) $(BUILD)/libkrait.a $(LDLIBS)

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libkrait.a
	@mkdir -p $(dir $@)
	$(CC) $(KR_CFLAGS) -MMD -MP -o $@ $< $(BUILD)/libkrait.a $(LDLIBS)

# The whole suite; its last line is "N passed, N failed".
test: all
	@KRAIT=$(BUILD)/krait UNIT_DIR=$(BUILD)/tests bash tests/run_all.sh

# Everything again with AddressSanitizer and UndefinedBehaviorSanitizer, in
# a build directory of its own.
sanitize:
	$(MAKE) BUILD=build-san OPT=-O1 KRAIT_LDFLAGS= \
	  EXTRA_CFLAGS="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -DKR_MEM_DEBUG" \
	  LDLIBS="-lm -fsanitize=address,undefined" test

# libFuzzer targets (needs clang); run by hand: see tests/fuzz/README.md.
fuzz:
	$(MAKE) -f tests/fuzz/fuzz.mk

bench: all
	bash bench/run.sh

example: all
	$(BUILD)/krait parse --dump examples/hello.py

PREFIX ?= /usr/local
install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/include
	install -m 755 $(BUILD)/krait $(DESTDIR)$(PREFIX)/bin/krait
	install -m 644 $(BUILD)/libkrait.a $(BUILD)/libkrait.so $(DESTDIR)$(PREFIX)/lib/
	install -m 644 include/krait.h $(DESTDIR)$(PREFIX)/include/krait.h

clean:
	rm -rf build build-san build-fuzz

-include $(LIB_OBJS:.o=.d) $(CLI_OBJS:.o=.d) $(UNIT_BINS:=.d)
