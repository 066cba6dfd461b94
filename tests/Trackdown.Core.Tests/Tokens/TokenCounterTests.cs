using Microsoft.ML.Tokenizers;
using Trackdown.Core.Tokens;

namespace Trackdown.Core.Tests.Tokens;

[TestClass]
public sealed class TokenCounterTests
{
    private static readonly Tokenizer Exact = TiktokenTokenizer.CreateForEncoding("o200k_base");

    private static string Letters(int length, int seed)
    {
        var random = new Random(seed);
        return new string(Enumerable.Range(0, length).Select(_ => (char)('a' + random.Next(26))).ToArray());
    }

    private static string Cjk(int length, int seed)
    {
        var random = new Random(seed);
        return new string(Enumerable.Range(0, length).Select(_ => (char)(0x4E00 + random.Next(2000))).ToArray());
    }

    /// <summary>
    /// A hang guard, not a time assertion: counting one 1 MB pre-token whole took over 7 minutes on this machine's kind;
    /// in pieces it takes about half a second, so two minutes only fail on a hang.
    /// </summary>
    [TestMethod]
    public void Count_MegabyteSingleWord_Finishes()
    {
        var text = Letters(1_000_000, 1);
        var counting = Task.Run(() => TokenCounter.Count(text));

        Assert.IsTrue(counting.Wait(TimeSpan.FromMinutes(2)), "counting a 1 MB word did not finish");
        var count = counting.Result;

        Assert.IsTrue(count is > 100_000 and < 1_000_000, count.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [TestMethod]
    [DataRow("letters")]
    [DataRow("cjk")]
    [DataRow("same letter")]
    [DataRow("words between runs")]
    public void Count_LongPreTokens_IsCloseToTheExactCountAndNotBelow(string kind)
    {
        var text = kind switch
        {
            "letters" => Letters(6_000, 2),
            "cjk" => Cjk(6_000, 3),
            "same letter" => new string('a', 6_000),
            _ => "Intro text, then a run: " + Letters(3_000, 4) + " and more words.\n" + Cjk(1_000, 5) + " end 12345 🙂",
        };

        var exact = Exact.CountTokens(text);
        var counted = TokenCounter.Count(text);

        Assert.IsGreaterThanOrEqualTo(exact, counted);
        Assert.IsLessThanOrEqualTo(exact * 1.01, counted, $"exact {exact}, counted {counted}");
    }

    [TestMethod]
    public void Count_Prose_IsExact()
    {
        var text = string.Join(" ", Enumerable.Range(0, 5_000).Select(i => "word" + (i % 97))) + "\n\n## Heading\n- item\n";

        Assert.AreEqual(Exact.CountTokens(text), TokenCounter.Count(text));
    }
}
