using System.Text;
using Trackdown.Core.Tests.Editing;
using Trackdown.Core.Tokens;

namespace Trackdown.Core.Tests.Tokens;

[TestClass]
public sealed class TokenLedgerReadTests
{
    private const string Entry = "{\"time\":\"2026-11-24T09:30:00.000Z\",\"task\":\"TASK-001\",\"input\":10,\"output\":5}\n";

    [TestMethod]
    public void Read_HundredMegabyteLine_IsReportedCorruptAndSkippedWithoutLoadingIt()
    {
        using var folder = new TempRepo();
        var path = folder.Path("tokens.jsonl");
        using (var stream = File.Create(path))
        {
            stream.Write(Encoding.UTF8.GetBytes(Entry));
            var block = Encoding.UTF8.GetBytes(new string('x', 1024 * 1024));
            stream.Write(Encoding.UTF8.GetBytes("{\"task\":\""));
            for (var i = 0; i < 100; i++)
            {
                stream.Write(block);
            }

            stream.Write(Encoding.UTF8.GetBytes("\"}\n" + Entry));
        }

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var result = TokenLedger.Read(path);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        Assert.HasCount(2, result.Entries);
        var corrupt = result.Diagnostics.Single();
        Assert.AreEqual(("TRK3101", 2), (corrupt.Id, corrupt.Line));
        StringAssert.Contains(corrupt.Message, "longer than");
        Assert.IsLessThan(16L * 1024 * 1024, allocated, $"reading allocated {allocated:N0} bytes: the long line was loaded");
    }

    [TestMethod]
    public void Read_LineJustUnderTheCap_IsStillParsed()
    {
        using var folder = new TempRepo();
        var path = folder.Path("tokens.jsonl");
        var padded = Entry.TrimEnd('\n').Insert(1, "\"note\":\"" + new string('n', TokenLedger.MaxLineLength - Entry.Length - 20) + "\",") + "\n";
        File.WriteAllText(path, padded + Entry);

        var result = TokenLedger.Read(path);

        Assert.IsEmpty(result.Diagnostics);
        Assert.HasCount(2, result.Entries);
    }

    [TestMethod]
    public void Read_LedgerPathIsADirectory_ThrowsInsteadOfReadingEmpty()
    {
        using var folder = new TempRepo();
        var path = folder.Path("tokens.jsonl");
        Directory.CreateDirectory(path);

        var error = Assert.ThrowsExactly<IOException>(() => TokenLedger.Read(path));

        StringAssert.Contains(error.Message, "directory");
        StringAssert.Contains(error.Message, path);
    }

    [TestMethod]
    public void Read_MissingLedger_IsEmpty()
    {
        using var folder = new TempRepo();

        var result = TokenLedger.Read(folder.Path("tokens.jsonl"));

        Assert.IsEmpty(result.Entries);
        Assert.IsEmpty(result.Diagnostics);
    }
}
