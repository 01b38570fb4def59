<?php
// Array-heavy: records as associative arrays, grouped, sorted and summarized with array functions.
$n = (int)($argv[1] ?? 60000);
$records = [];
$seed = 7;
for ($i = 0; $i < $n; $i++) {
    $seed = ($seed * 1103515245 + 12345) % 2147483648;
    $records[] = ['id' => $i, 'group' => "g" . ($seed % 37), 'score' => $seed % 1000];
}
$groups = [];
foreach ($records as $r) $groups[$r['group']][] = $r['score'];
ksort($groups);
$summary = [];
foreach ($groups as $g => $scores) {
    sort($scores);
    $summary[$g] = [count($scores), array_sum($scores), $scores[intdiv(count($scores), 2)]];
}
$top = array_slice(array_filter(array_map(fn($r) => $r['score'] * 2, $records), fn($s) => $s > 1900), 0, 5);
usort($records, fn($a, $b) => $b['score'] <=> $a['score'] ?: $a['id'] <=> $b['id']);
echo json_encode(array_slice($summary, 0, 3)), " ", implode(',', $top), " ", $records[0]['id'], "\n";
