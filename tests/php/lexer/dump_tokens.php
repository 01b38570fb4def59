<?php
// Prints php's own token stream of a file, one token a line: "LINE NAME TEXT" for named tokens
// and "LINE CHAR" for single-character ones, the text escaped (\\ \n \r \t, \xHH for other
// control and non-ASCII bytes). bin/weft-php-lex prints the same format; the expected outputs
// in this folder were made with:  php tests/php/lexer/dump_tokens.php FILE.php > FILE.tokens
function esc(string $s): string {
    $out = '';
    $n = strlen($s);
    for ($i = 0; $i < $n; $i++) {
        $c = $s[$i];
        $o = ord($c);
        if ($c === '\\') $out .= '\\\\';
        elseif ($c === "\n") $out .= '\\n';
        elseif ($c === "\r") $out .= '\\r';
        elseif ($c === "\t") $out .= '\\t';
        elseif ($o < 0x20 || $o >= 0x7f) $out .= sprintf('\\x%02x', $o);
        else $out .= $c;
    }
    return $out;
}

$line = 1;
foreach (token_get_all(file_get_contents($argv[1])) as $t) {
    if (is_array($t)) {
        $line = $t[2];
        echo $line, ' ', token_name($t[0]), ' ', esc($t[1]), "\n";
        $line += substr_count($t[1], "\n") + substr_count(str_replace("\r\n", "", $t[1]), "\r");
    } else {
        echo $line, ' ', esc($t), "\n";
    }
}
