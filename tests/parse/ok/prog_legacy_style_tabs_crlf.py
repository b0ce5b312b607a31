#!/usr/bin/env python
# Legacy-style module: tab indentation, backslash continuations, semicolons,
# old-style string formatting and CRLF line endings.
import os, sys, getopt
from os.path import join, \
	splitext

DEBUG = 0; VERBOSE = 0
USAGE = """usage: %s [-d] [-v] [-o FILE] DIR...
	-d  debug
	-v  verbose"""


class Config:
	defaults = {'output': None, 'exts': ('.py', '.txt')}

	def __init__(self, **kw):
		for k, v in self.defaults.items(): setattr(self, k, kw.get(k, v))
		self.errors = []

	def __repr__(self):
		return '<Config output=%r exts=%s>' % (self.output, ','.join(self.exts))


def log(fmt, *args):
	if VERBOSE:
		sys.stderr.write((fmt % args) + '\n')


def collect(dirs, cfg):
	result = {}
	for d in dirs:
		for root, subdirs, files in os.walk(d):
			subdirs[:] = [s for s in subdirs \
			              if not s.startswith('.')]
			for f in files:
				base, ext = splitext(f)
				if ext not in cfg.exts: continue
				path = join(root, f); size = os.path.getsize(path)
				result.setdefault(ext, []).append((path, size))
				log('%-40s %8d', path, size)
	return result


def report(result, out=sys.stdout):
	total = 0
	for ext in sorted(result.keys()):
		entries = result[ext]
		n = len(entries); s = sum([sz for p, sz in entries])
		total = total + s
		out.write('%-6s %5d files %10d bytes\n' % (ext, n, s))
	out.write('%-6s %5s       %10d bytes\n' % ('total', '', total))
	return total


def main(argv):
	global DEBUG, VERBOSE
	try:
		opts, args = getopt.getopt(argv[1:], 'dvo:', ['debug', 'verbose', 'output='])
	except getopt.GetoptError, err:
		sys.stderr.write(str(err) + '\n'); sys.stderr.write(USAGE % argv[0] + '\n')
		return 2
	cfg = Config()
	for o, a in opts:
		if o in ('-d', '--debug'): DEBUG = 1
		elif o in ('-v', '--verbose'): VERBOSE = VERBOSE + 1
		elif o in ('-o', '--output'): cfg.output = a
	if not args:
		args = ['.']
	result = collect(args, cfg)
	if cfg.output:
		f = open(cfg.output, 'w')
		try: report(result, f)
		finally: f.close()
	else:
		report(result)
	return 0

if __name__ == '__main__': sys.exit(main(sys.argv))
