# libFuzzer builds of the fuzz targets (clang required):
#   make fuzz                      builds build-fuzz/fuzz_parse, fuzz_symtable and fuzz_compile
#   build-fuzz/fuzz_parse -max_len=4096 -timeout=5 build-fuzz/corpus tests/parse/ok tests/parse/err
FUZZ_CC     ?= clang
FUZZ_BUILD  := build-fuzz
FUZZ_CFLAGS := -std=gnu11 -g -O1 -fsanitize=fuzzer,address,undefined \
               -fno-sanitize-recover=undefined -Iinclude -Isrc
FUZZ_SRCS   := $(sort $(shell find src -name '*.c'))

all: $(FUZZ_BUILD)/fuzz_parse $(FUZZ_BUILD)/fuzz_symtable $(FUZZ_BUILD)/fuzz_compile

$(FUZZ_BUILD)/fuzz_parse: tests/fuzz/fuzz_parse.c $(FUZZ_SRCS) $(shell find src -name '*.h' -o -name '*.def')
	@mkdir -p $(FUZZ_BUILD)/corpus
	$(FUZZ_CC) $(FUZZ_CFLAGS) -o $@ tests/fuzz/fuzz_parse.c $(FUZZ_SRCS) -lm

$(FUZZ_BUILD)/fuzz_symtable: tests/fuzz/fuzz_symtable.c $(FUZZ_SRCS) $(shell find src -name '*.h' -o -name '*.def')
	@mkdir -p $(FUZZ_BUILD)/corpus_symtable
	$(FUZZ_CC) $(FUZZ_CFLAGS) -o $@ tests/fuzz/fuzz_symtable.c $(FUZZ_SRCS) -lm

$(FUZZ_BUILD)/fuzz_compile: tests/fuzz/fuzz_compile.c $(FUZZ_SRCS) $(shell find src -name '*.h' -o -name '*.def')
	@mkdir -p $(FUZZ_BUILD)/corpus_compile
	$(FUZZ_CC) $(FUZZ_CFLAGS) -o $@ tests/fuzz/fuzz_compile.c $(FUZZ_SRCS) -lm
