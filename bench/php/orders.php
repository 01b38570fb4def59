<?php
// Array-heavy: an order-processing report over generated records: grouping with nested
// associative arrays, multi-key usort, array_map/filter/reduce/column/combine, array_slice,
// ksort and in-place updates of nested elements; the summary is printed with json_encode.
mt_srand(2024);
$regions = ['north', 'south', 'east', 'west', 'central'];
$products = [];
for ($i = 0; $i < 200; $i++) {
    $products["p$i"] = ['id' => "p$i", 'category' => 'cat' . ($i % 12), 'price' => mt_rand(100, 50000) / 100];
}
$n = (int)($argv[1] ?? 25000);
$orders = [];
for ($i = 0; $i < $n; $i++) {
    $items = [];
    $k = mt_rand(1, 6);
    for ($j = 0; $j < $k; $j++) $items[] = ['product' => 'p' . mt_rand(0, 199), 'qty' => mt_rand(1, 5)];
    $orders[] = ['id' => $i, 'customer' => 'c' . mt_rand(0, 4999), 'region' => $regions[mt_rand(0, 4)],
                 'day' => mt_rand(1, 365), 'items' => $items];
}

// totals per order
foreach ($orders as &$o) {
    $o['total'] = array_reduce($o['items'], fn($sum, $it) => $sum + $products[$it['product']]['price'] * $it['qty'], 0.0);
    $o['count'] = array_sum(array_column($o['items'], 'qty'));
}
unset($o);

// group by region and month, by category, by customer
$byRegion = [];
$byCategory = [];
$byCustomer = [];
foreach ($orders as $o) {
    $month = intdiv($o['day'] - 1, 31) + 1;
    $byRegion[$o['region']][$month] = ($byRegion[$o['region']][$month] ?? 0) + $o['total'];
    foreach ($o['items'] as $it) {
        $cat = $products[$it['product']]['category'];
        $byCategory[$cat]['qty'] = ($byCategory[$cat]['qty'] ?? 0) + $it['qty'];
        $byCategory[$cat]['orders'][$o['id']] = true;
    }
    $c = &$byCustomer[$o['customer']];
    $c ??= ['orders' => 0, 'spent' => 0.0, 'regions' => []];
    $c['orders']++;
    $c['spent'] += $o['total'];
    $c['regions'][$o['region']] = 1;
    unset($c);
}
ksort($byRegion);
foreach ($byRegion as &$months) { ksort($months); $months = array_map(fn($v) => round($v, 2), $months); }
unset($months);
ksort($byCategory, SORT_NATURAL);
$categories = array_map(fn($c) => ['qty' => $c['qty'], 'orders' => count($c['orders'])], $byCategory);

// top customers: by spent desc, then orders desc, then id asc
$customers = [];
foreach ($byCustomer as $id => $c) $customers[] = ['id' => $id, 'orders' => $c['orders'], 'spent' => round($c['spent'], 2), 'regions' => count($c['regions'])];
usort($customers, fn($a, $b) => [$b['spent'], $b['orders'], $a['id']] <=> [$a['spent'], $a['orders'], $b['id']]);
$top = array_slice($customers, 0, 10);

// big orders in the last quarter, sorted by total
$late = array_filter($orders, fn($o) => $o['day'] > 273 && $o['total'] > 1000);
usort($late, fn($a, $b) => $b['total'] <=> $a['total'] ?: $a['id'] <=> $b['id']);
$lateIds = array_column(array_slice($late, 0, 15), 'total', 'id');

// distribution of item counts
$hist = array_count_values(array_map(fn($o) => count($o['items']), $orders));
ksort($hist);
$loyal = array_filter($customers, fn($c) => $c['regions'] >= 4);

echo json_encode([
    'orders' => count($orders),
    'revenue' => round(array_sum(array_column($orders, 'total')), 2),
    'regions' => $byRegion,
    'categories' => $categories,
    'top' => $top,
    'late' => array_map(fn($t) => round($t, 2), $lateIds),
    'histogram' => $hist,
    'loyal' => count($loyal),
    'unique_customers' => count(array_unique(array_column($orders, 'customer'))),
], JSON_PRETTY_PRINT), "\n";
