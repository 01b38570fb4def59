<?php
// Arrays whose storage is one large heap object (thousands of 24-byte buckets) live long enough
// to be old, then receive new strings and arrays at scattered positions between collections:
// a minor collection traces only the dirty cards of such storage, so a store the collector
// missed would lose a young value (its memory reused: wrong output or a crash, under
// WEFT_GC_STRESS especially). Also: old storage grown by a rebuild (one copy into new storage),
// rebuilt after deletions, copied on write, and sorted.
$n = 3000;
$list = [];
for ($i = 0; $i < $n; $i++) $list[] = $i;
$map = [];
for ($i = 0; $i < $n; $i++) $map["k$i"] = $i;

function churn(int $k): int {
    $t = [];
    for ($i = 0; $i < $k; $i++) $t[] = str_repeat('x', $i % 7) . $i;
    return count($t);
}

function check(array $list, array $map, int $round, int $n): string {
    $bad = 0;
    $sum = 0;
    foreach ($list as $i => $v) {
        if (is_string($v)) {
            $sum += strlen($v);
            if (!str_ends_with($v, "-$i")) $bad++;
        } elseif (is_array($v)) {
            $sum += $v[0];
            if ($v[1] !== "e$i") $bad++;
        } else {
            $sum += $v;
        }
    }
    foreach ($map as $k => $v) {
        if (is_array($v)) {
            $sum += count($v);
            if ($v[1] !== "v" . substr($k, 1)) $bad++;
        } elseif (is_string($v)) {
            $sum += strlen($v);
        } else {
            $sum += $v;
        }
    }
    return "round $round: " . count($list) . " " . count($map) . " sum $sum bad $bad";
}

churn(4000);
for ($round = 0; $round < 6; $round++) {
    // Strides that hit every position within a card and buckets straddling two cards.
    for ($i = $round; $i < count($list); $i += 17 + $round) {
        $list[$i] = ($i % 2) ? "s$round-$i" : [$round, "e$i"];
        $map["k$i"] = [$round, "v$i"];
    }
    churn(700);
    // Grow the old storage: its buckets, young values included, are copied into new storage.
    for ($j = 0; $j < 200; $j++) $list[] = "g$round-" . count($list);
    churn(300);
    echo check($list, $map, $round, $n), "\n";
}

// Deletions, then a rebuild that skips the holes.
for ($i = 0; $i < $n; $i += 3) unset($map["k$i"]);
for ($i = 0; $i < 400; $i++) $map["new$i"] = "n$i";
churn(500);
echo check($list, $map, 6, $n), "\n";

// A copy on write of the large array, written at both ends.
$copy = $list;
$copy[0] = "first-0";
$copy[count($copy) - 1] = "last-" . (count($copy) - 1);
churn(500);
echo check($copy, $map, 7, $n), "\n";
echo check($list, $map, 8, $n), "\n";

// Sorting rewrites every bucket of the large storage.
$strs = array_values(array_filter($list, 'is_string'));
sort($strs);
churn(500);
echo count($strs), " ", $strs[0], " ", $strs[count($strs) - 1], "\n";
