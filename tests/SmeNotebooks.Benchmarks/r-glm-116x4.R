# R's side of FrameFitBenchmarks: glm on the same 116 x 4 data, timed in this R process.
# Usage: Rscript r-glm-116x4.R data.csv   (the CSV from `dotnet run ... -- write-frame-fit-data data.csv`)
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1])
f <- y ~ capinno + activity + size + employees
for (i in 1:200) glm(f, family = binomial, data = d)            # warm-up
reps <- 2000
t <- system.time(for (i in 1:reps) glm(f, family = binomial, data = d))[["elapsed"]]
fit <- glm(f, family = binomial, data = d)
cat(sprintf("R glm: %.1f us per fit; log-likelihood %.10f\n", 1e6 * t / reps, as.numeric(logLik(fit))))
