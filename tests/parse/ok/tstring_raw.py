rt"\n{x}"
tr"\n{x}"
Rt"\d{x}"
rT"{x}\s"
RT"{x}"
TR"{x}"
tR"\{x}"
Tr'{x}\\'
