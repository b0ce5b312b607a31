t"{{"
t"}}"
t"{{{x}}}"
t"\n{x}\t"
t"\N{BULLET}{x}"
t"\x41{x}"
t"{x}\
{y}"
