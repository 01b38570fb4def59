<?php
// Mandelbrot set membership on a grid, counted (floating point inner loop).
$size = (int)($argv[1] ?? 250);
$inside = 0;
for ($y = 0; $y < $size; $y++) {
    $ci = 2.0 * $y / $size - 1.0;
    for ($x = 0; $x < $size; $x++) {
        $cr = 2.5 * $x / $size - 2.0;
        $zr = $zi = 0.0;
        $k = 0;
        while ($k < 100 && $zr * $zr + $zi * $zi < 4.0) {
            $t = $zr * $zr - $zi * $zi + $cr;
            $zi = 2.0 * $zr * $zi + $ci;
            $zr = $t;
            $k++;
        }
        if ($k == 100) $inside++;
    }
}
echo $inside, "\n";
