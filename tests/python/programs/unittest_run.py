# unittest from CPython's Lib/: a test case run through TextTestRunner (verbose), with failures,
# errors, skips, expected failures, subtests and the runner's traceback cleaning (tb_frame's
# f_globals, traceback.TracebackException).
import io
import re
import unittest


class T(unittest.TestCase):
    def setUp(self):
        self.x = 5

    def test_ok(self):
        self.assertEqual(self.x, 5)

    def test_fail(self):
        self.assertEqual([1, 2], [1, 3])

    def test_err(self):
        raise ValueError("boom")

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
        self.assertRaisesRegex(ValueError, "x+", int, "xx")

    @unittest.skip("why")
    def test_skip(self):
        pass

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)

    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)

    def test_misc(self):
        self.assertIn(1, [1])
        self.assertIsNone(None)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertDictEqual({"a": 1}, {"a": 1})
        self.assertCountEqual([1, 2], [2, 1])
        self.assertIsInstance(1, int)

    def test_msg(self):
        self.assertTrue(0, "custom message")

    def test_str_diff(self):
        self.assertEqual("abc\ndef\n", "abc\ndxf\n")

    def test_dict_diff(self):
        self.assertEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})


s = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(T)
r = unittest.TextTestRunner(stream=s, verbosity=2).run(suite)
out = re.sub(r'File ".*?", line', "File X, line", s.getvalue())
out = re.sub(r"Ran (\d+) tests in [\d.]+s", r"Ran \1 tests", out)
print(out)
print(r.wasSuccessful(), len(r.failures), len(r.errors), len(r.skipped), len(r.expectedFailures),
      r.testsRun)


class U(unittest.TestCase):
    def test_a(self):
        pass


res = unittest.TestResult()
unittest.TestSuite([U("test_a")]).run(res)
print(res.testsRun, res.wasSuccessful())
