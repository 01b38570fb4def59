<?php
$s = "Hello, World";
echo strlen($s), " ", strtoupper($s), " ", strtolower($s), "\n";
echo substr($s, 7), "|", substr($s, -5), "|", substr($s, 0, 5), "|", substr($s, 3, -3), "|", substr($s, 20), "|\n";
var_dump(strpos($s, "o"), strpos($s, "o", 5), strpos($s, "z"), strrpos($s, "o"), stripos($s, "WORLD"));
echo str_replace("World", "PHP", $s), "\n";
echo str_replace(["a", "b"], ["1", "2"], "aabbcc"), "\n";
echo str_repeat("ab", 3), " ", str_pad("5", 3, "0", STR_PAD_LEFT), " ", str_pad("x", 5, "-", STR_PAD_BOTH), " [", str_pad("abc", 6), "]\n";
echo implode(",", [1, 2, 3]), " ", implode(["a", "b"]), "\n";
print_r(explode(",", "a,b,,c"));
print_r(explode(",", "a,b,c", 2));
print_r(explode(",", "a,b,c", -1));
echo trim("  x  "), "|", ltrim("xxhixx", "x"), "|", rtrim("hi\n"), "|\n";
echo ucfirst("hello"), " ", lcfirst("Hello"), " ", ucwords("hello big world"), "\n";
echo strrev("abc"), " ", str_word_count("The quick brown fox"), "\n";
var_dump(str_contains("abc", "b"), str_starts_with("abc", "ab"), str_ends_with("abc", "bc"));
var_dump(strcmp("a", "b"), strcmp("b", "a"), strcmp("a", "a"), strcasecmp("HELLO", "hello"), strncmp("abcd", "abef", 2));
echo ord("A"), chr(66), "\n";
echo substr_count("hello hello", "ll"), "\n";
print_r(str_split("abcdef", 4));
echo wordwrap("The quick brown fox sat over the lazy dog", 15, "\n", true), "\n";
echo nl2br("a\nb"), " ", htmlspecialchars("<a href='x'>T&C</a>"), "\n";
$x = "abc"; $x[1] = 'X'; echo $x, $x[0], $x[-1], "\n";
echo "interp: {$s} $s[0]\n";
$arr = ['k' => 'v', 2 => 'two']; $o = new stdClass; $o->p = 'prop';
echo "a $arr[k] b {$arr['k']} c $arr[2] d $o->p e {$o->p}\n";
$h = <<<EOT
  Heredoc $s
    indented {$arr['k']}
  EOT;
echo $h, "\n";
$n = <<<'EOT'
Nowdoc $s
EOT;
echo $n, "\n";
echo 'single \n $s', "\n";
echo "esc: \t|\x41|\101|\u{263A}|\$s|\\\n";
echo levenshtein("kitten", "sitting"), " ", similar_text("World", "Word"), "\n";
echo strstr("user@example.com", "@"), " ", strstr("user@example.com", "@", true), " ", strrchr("a/b/c", "/"), "\n";
echo ucwords("hello_world-foo bar", "_-"), "\n";
