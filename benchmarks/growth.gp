# Growth curves: compile time and suggest time against the number of routing-table rows (log x).
set terminal pngcairo size 900,500 font ",11"
set output out
set logscale x
set grid
set xlabel "routing-table rows"
set ylabel "suggest time (µs)"
set y2label "compile time (ms)"
set y2tics
set ytics nomirror
set yrange [0:*]
set y2range [0:*]
set key top left
plot data using 1:3 with linespoints lw 2 pt 5 title "suggest, rows over centres (µs)", \
     data using 1:4 with linespoints lw 2 pt 7 dt 2 title "suggest, every row for every centre (µs)", \
     data using 1:2 axes x1y2 with linespoints lw 2 pt 9 dt 3 title "compile (ms, right axis)"
