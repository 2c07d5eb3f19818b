# Independent expected values for KeyDriversTests: R², LMG shares (Shapley over all subsets of
# drivers, plain R without relaimpo) and Johnson's (2000) relative weights, for R's built-in mtcars
# data (outcome mpg; drivers cyl, disp, hp, wt).
#
# Run from the repository root (needs only base R, e.g. apt-get install r-base-core):
#   Rscript src/test/resources/drivers/mtcars-expected.R
# It rewrites mtcars.csv and mtcars-expected.csv next to this script.
dir <- "src/test/resources/drivers"
outcome <- "mpg"
drivers <- c("cyl", "disp", "hp", "wt")
data <- mtcars[, c(outcome, drivers)]
write.csv(data, file.path(dir, "mtcars.csv"), row.names = FALSE)

r <- cor(data)
rxx <- r[drivers, drivers]
rxy <- r[drivers, outcome]
r2 <- function(s) if (length(s) == 0) 0 else drop(t(rxy[s]) %*% solve(rxx[s, s, drop = FALSE], rxy[s]))
k <- length(drivers)
lmg <- sapply(drivers, function(j) {
  others <- setdiff(drivers, j)
  total <- 0
  for (m in 0:(k - 1)) {
    sets <- if (m == 0) list(character(0)) else combn(others, m, simplify = FALSE)
    weight <- factorial(m) * factorial(k - m - 1) / factorial(k)
    for (s in sets) total <- total + weight * (r2(c(s, j)) - r2(s))
  }
  total
})

e <- eigen(rxx, symmetric = TRUE)
lambda <- e$vectors %*% diag(sqrt(e$values)) %*% t(e$vectors)
beta <- solve(lambda, rxy)
rw <- drop((lambda^2) %*% beta^2)

expected <- data.frame(name = c(drivers, "r2"), lmg = c(lmg, r2(drivers)), rw = c(rw, r2(drivers)))
write.csv(expected, file.path(dir, "mtcars-expected.csv"), row.names = FALSE, quote = FALSE)
print(format(expected, digits = 15))
print(c(sum_lmg = sum(lmg), sum_rw = sum(rw), r2_lm = summary(lm(mpg ~ cyl + disp + hp + wt, data))$r.squared), digits = 15)
