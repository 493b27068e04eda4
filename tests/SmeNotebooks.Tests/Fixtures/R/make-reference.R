# Reference values from R for SmeNotebooks' agreement tests (AgreementWithRTests).
# Run from this folder:  Rscript make-reference.R [output-folder]
# Needs Debian packages r-base-core, r-cran-lmtest, r-cran-nortest.
# Writes the three data sets (CSV) and reference.csv (dataset, model, term, quantity, value) at 17 significant digits.
suppressPackageStartupMessages({ library(lmtest); library(nortest) })
args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) > 0) args[1] else "."
full <- function(x) sprintf("%.17g", x)
rows <- list()
add <- function(dataset, model, term, quantity, value) {
  rows[[length(rows) + 1]] <<- data.frame(dataset = dataset, model = model, term = term, quantity = quantity, value = full(value))
}
term_name <- function(t) ifelse(t == "(Intercept)", "Constant", t)

logit_reference <- function(dataset, model, formula, data) {
  fit <- glm(formula, family = binomial, data = data, control = glm.control(epsilon = 1e-14, maxit = 100))
  s <- summary(fit)$coefficients
  for (t in rownames(s)) {
    add(dataset, model, term_name(t), "estimate", s[t, 1])
    add(dataset, model, term_name(t), "stderr", s[t, 2])
    add(dataset, model, term_name(t), "pvalue", s[t, 4])
  }
  add(dataset, model, "", "minus2ll", fit$deviance)
  add(dataset, model, "", "null_minus2ll", fit$null.deviance)
}

lm_reference <- function(dataset, model, formula, data) {
  fit <- lm(formula, data = data)
  s <- summary(fit)
  co <- s$coefficients
  for (t in rownames(co)) {
    add(dataset, model, term_name(t), "estimate", co[t, 1])
    add(dataset, model, term_name(t), "stderr", co[t, 2])
    add(dataset, model, term_name(t), "t", co[t, 3])
    add(dataset, model, term_name(t), "pvalue", co[t, 4])
  }
  add(dataset, model, "", "r2", s$r.squared)
  add(dataset, model, "", "adj_r2", s$adj.r.squared)
  add(dataset, model, "", "f", s$fstatistic[["value"]])
  add(dataset, model, "", "sigma", s$sigma)
  add(dataset, model, "", "dw", dwtest(fit)$statistic[["DW"]])
  r <- residuals(fit)
  lt <- lillie.test(r)
  add(dataset, model, "", "ks_d", lt$statistic[["D"]])
  add(dataset, model, "", "ks_p", lt$p.value)
}

# 1. mtcars (R's datasets package): transmission on weight and horsepower; fuel use on the same.
mt <- mtcars[, c("mpg", "wt", "hp", "am")]
write.csv(mt, file.path(out, "mtcars.csv"), row.names = FALSE)
mt <- read.csv(file.path(out, "mtcars.csv"))
logit_reference("mtcars", "logit", am ~ wt + hp, mt)
lm_reference("mtcars", "lm", mpg ~ wt + hp, mt)
lm_reference("mtcars", "lm_origin", mpg ~ 0 + wt + hp, mt)

# 2. stackloss (R's datasets package): linear, through the origin, and log-linear (Cobb-Douglas).
sl <- stackloss
names(sl) <- c("air", "water", "acid", "loss")
write.csv(sl, file.path(out, "stackloss.csv"), row.names = FALSE)
sl <- read.csv(file.path(out, "stackloss.csv"))
lm_reference("stackloss", "lm", loss ~ air + water + acid, sl)
lm_reference("stackloss", "lm_origin", loss ~ 0 + air + water + acid, sl)
lm_reference("stackloss", "loglog", log(loss) ~ log(air) + log(water) + log(acid), sl)

# 3. Synthetic Sonora-like firms (SYNTHETIC: drawn here with a fixed seed, not survey data):
#    activity 0/1, size 0/1/2, a continuous capability score, outcome from the published Table 4 coefficients.
set.seed(20261123)
n <- 116
syn <- data.frame(activity = rbinom(n, 1, 55 / 116), size = sample(0:2, n, replace = TRUE),
                  capinno = round(runif(n, 0, 2), 3))
eta <- -2.193 - 1.751 * syn$activity + 1.105 * syn$size + 1.473 * syn$capinno
syn$internationalized <- rbinom(n, 1, 1 / (1 + exp(-eta)))
syn$score <- round(1 + 0.5 * syn$capinno + 0.3 * syn$size + rnorm(n, 0, 0.4), 4)
syn$capinno_level <- pmin(2, floor(syn$capinno * 1.5))   # 0/1/2 levels: a categorical design (covariate patterns)
write.csv(syn, file.path(out, "synthetic-sonora.csv"), row.names = FALSE)
syn <- read.csv(file.path(out, "synthetic-sonora.csv"))
logit_reference("synthetic-sonora", "logit", internationalized ~ capinno + activity + size, syn)
logit_reference("synthetic-sonora", "logit_levels", internationalized ~ capinno_level + activity + size, syn)
lm_reference("synthetic-sonora", "lm", score ~ capinno + size + activity, syn)

write.csv(do.call(rbind, rows), file.path(out, "reference.csv"), row.names = FALSE, quote = FALSE)
