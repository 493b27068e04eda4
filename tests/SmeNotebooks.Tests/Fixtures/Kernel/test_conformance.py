"""The Jupyter project's own kernel conformance suite (jupyter_kernel_test) run against the SmeNotebooks C# kernel.

Every reply and iopub message these tests receive is validated against the messaging protocol's schema by
jupyter_kernel_test itself. The kernelspec is found through JUPYTER_PATH, set by the C# test that runs this file.
"""
import unittest

import jupyter_kernel_test


class SmeNotebooksKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = "smenotebooks-csharp"
    language_name = "C#"
    file_extension = ".cs"

    code_hello_world = 'Console.WriteLine("hello, world");'
    code_stderr = 'Console.Error.WriteLine("an error line");'

    completion_samples = [
        {"text": "Console.WriteL", "matches": {"WriteLine"}},
        {"text": "var firmCount = 116; firmC", "matches": {"firmCount"}},
        # An assembly outside the common set cells are first compiled against: completion offers the whole framework.
        {"text": "System.Formats.T", "matches": {"Tar"}},
    ]
    complete_code_samples = ["1 + 1", "int x = 1;", "for (int i = 0; i < 2; i++) { }"]
    incomplete_code_samples = ["for (int i = 0; i < 2; i++) {", "if (true)"]
    invalid_code_samples = ["int x = = 1;"]

    code_generate_error = 'throw new InvalidOperationException("boom");'
    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": '"text"', "result": "text"},
    ]
    code_display_data = [
        {"code": 'display("shown")', "mime": "text/plain"},
        {"code": "display(new SmeNotebooks.Display.Table(\"t\", [\"a\"], [[\"1\"]]))", "mime": "text/html"},
    ]
    code_inspect_sample = "Math.Sqrt"
    supported_history_operations = ("tail", "range", "search")
    code_history_pattern = "6 *"


if __name__ == "__main__":
    unittest.main()
