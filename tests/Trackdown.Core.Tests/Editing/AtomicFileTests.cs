using System.Text;
using Trackdown.Core.Editing;

namespace Trackdown.Core.Tests.Editing;

[TestClass]
public sealed class AtomicFileTests
{
    private static readonly byte[] Bom = { 0xEF, 0xBB, 0xBF };

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public void WriteAllText_NewFile_CreatesItWithTheBomChoice(bool withBom)
    {
        using var folder = new TempRepo();
        var path = folder.Path("a.md");

        AtomicFile.WriteAllText(path, "héllo\r\n", withBom);

        var expected = (withBom ? Bom : Array.Empty<byte>()).Concat(Encoding.UTF8.GetBytes("héllo\r\n")).ToArray();
        CollectionAssert.AreEqual(expected, File.ReadAllBytes(path));
        CollectionAssert.AreEqual(new[] { "a.md" }, folder.Names());
    }

    [TestMethod]
    public void WriteAllText_ExistingFile_ReplacesContentAndLeavesNoTempFiles()
    {
        using var folder = new TempRepo();
        var path = folder.Path("a.md");
        File.WriteAllText(path, "a much longer original content than the replacement");

        AtomicFile.WriteAllText(path, "new", withBom: false);
        AtomicFile.WriteAllText(path, "newer", withBom: false);

        Assert.AreEqual("newer", File.ReadAllText(path));
        CollectionAssert.AreEqual(new[] { "a.md" }, folder.Names());
    }

    [TestMethod]
    public void WriteAllText_ReaderHoldingTheOldFile_KeepsSeeingTheOldContent()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Windows refuses to replace a file another handle has open; the rename semantics below are POSIX.
        }

        using var folder = new TempRepo();
        var path = folder.Path("a.md");
        File.WriteAllText(path, "old");
        using var reader = new StreamReader(path);

        AtomicFile.WriteAllText(path, "new", withBom: false);

        Assert.AreEqual("old", reader.ReadToEnd(), "the target was rewritten in place, not replaced by a rename");
        Assert.AreEqual("new", File.ReadAllText(path));
    }

    [TestMethod]
    public void WriteAllText_TargetIsAFolder_ThrowsAndLeavesNoTempFile()
    {
        using var folder = new TempRepo();
        var path = folder.Path("a.md");
        Directory.CreateDirectory(path);

        Assert.ThrowsExactly<IOException>(() => AtomicFile.WriteAllText(path, "x", withBom: false));

        CollectionAssert.AreEqual(new[] { "a.md" }, folder.Names());
        Assert.IsTrue(Directory.Exists(path));
    }

    [TestMethod]
    public void WriteAllText_MissingFolder_Throws()
    {
        using var folder = new TempRepo();

        Assert.ThrowsExactly<DirectoryNotFoundException>(() => AtomicFile.WriteAllText(folder.Path("no/such/a.md"), "x", withBom: false));

        CollectionAssert.AreEqual(Array.Empty<string>(), folder.Names());
    }

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public void TryCreateNew_NoFile_CreatesItFully(bool withBom)
    {
        using var folder = new TempRepo();
        var path = folder.Path("TASK-001.md");

        Assert.IsTrue(AtomicFile.TryCreateNew(path, "---\nid: 1\n---\n", withBom));

        var expected = (withBom ? Bom : Array.Empty<byte>()).Concat(Encoding.UTF8.GetBytes("---\nid: 1\n---\n")).ToArray();
        CollectionAssert.AreEqual(expected, File.ReadAllBytes(path));
    }

    [TestMethod]
    public void TryCreateNew_ExistingFile_ReturnsFalseAndKeepsIt()
    {
        using var folder = new TempRepo();
        var path = folder.Path("TASK-001.md");

        Assert.IsTrue(AtomicFile.TryCreateNew(path, "first", withBom: false));
        Assert.IsFalse(AtomicFile.TryCreateNew(path, "second", withBom: true));

        Assert.AreEqual("first", File.ReadAllText(path));
        CollectionAssert.AreEqual(new[] { "TASK-001.md" }, folder.Names());
    }

    [TestMethod]
    public void TryCreateNew_ManyConcurrentClaims_ExactlyOneWins()
    {
        using var folder = new TempRepo();
        var path = folder.Path("TASK-001.md");

        var wins = Enumerable.Range(0, 16).AsParallel().Select(i => AtomicFile.TryCreateNew(path, $"claim {i}", withBom: false)).Count(won => won);

        Assert.AreEqual(1, wins);
        StringAssert.StartsWith(File.ReadAllText(path), "claim ");
    }

    [TestMethod]
    [DataRow(UnixFileMode.UserRead | UnixFileMode.UserWrite)]
    [DataRow(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead)]
    public void WriteAllText_ExistingFile_KeepsItsUnixMode(UnixFileMode mode)
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Inconclusive("Unix file modes only.");
            return;
        }

        using var folder = new TempRepo();
        var path = folder.Path("a.md");
        File.WriteAllText(path, "old");
        File.SetUnixFileMode(path, mode);

        AtomicFile.WriteAllText(path, "new", withBom: false);

        Assert.AreEqual("new", File.ReadAllText(path));
        Assert.AreEqual(mode, File.GetUnixFileMode(path));
    }

    [TestMethod]
    public void WriteAllText_ReadOnlyFile_IsRefusedAndLeftAsItWas()
    {
        using var folder = new TempRepo();
        var path = folder.Path("a.md");
        File.WriteAllText(path, "old");
        if (OperatingSystem.IsWindows())
        {
            File.SetAttributes(path, FileAttributes.ReadOnly);
        }
        else
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        var refused = Assert.ThrowsExactly<UnauthorizedAccessException>(() => AtomicFile.WriteAllText(path, "new", withBom: false));

        StringAssert.Contains(refused.Message, "read-only");
        StringAssert.Contains(refused.Message, path);
        Assert.AreEqual("old", File.ReadAllText(path));
        CollectionAssert.AreEqual(new[] { "a.md" }, folder.Names());
        if (!OperatingSystem.IsWindows())
        {
            Assert.AreEqual(UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead, File.GetUnixFileMode(path));
        }
    }
}
