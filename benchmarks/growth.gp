# Growth curves: compile time and suggest time against the number of routing-table rows (log scales).
set terminal pngcairo size 900,500 font ",11"
set output out
set logscale x
set logscale y
set grid
set xlabel "routing-table rows"
set ylabel "compile time (ms)"
set y2label "suggest time (µs)"
set y2tics
set logscale y2
set key top left
plot data using 1:2 with linespoints lw 2 title "compile (ms)", \
     data using 1:3 axes x1y2 with linespoints lw 2 title "suggest (µs, right axis)"
