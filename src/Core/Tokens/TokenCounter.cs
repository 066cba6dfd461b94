using Microsoft.ML.Tokenizers;

namespace Trackdown.Core.Tokens;

/// <summary>Real token counts with the o200k_base encoding (GPT-4o family), loaded once per process and reused.</summary>
public static class TokenCounter
{
    /// <summary>
    /// Longest pre-token (a run the encoding's regex keeps whole, such as a word with no spaces) given to BPE in one
    /// piece. BPE's work grows with the square of a piece's length, so a 1 MB single word would never finish; longer
    /// pre-tokens are counted in pieces of this many characters.
    /// </summary>
    public const int MaxPieceLength = 128;

    private static readonly Lazy<Tokenizer> Encoding = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The token count of <paramref name="text"/>: exact when no pre-token is longer than <see cref="MaxPieceLength"/>
    /// (all prose and code), else the sum over the text between long pre-tokens and over each long pre-token's pieces.
    /// A cut only stops merges across it, and o200k tokens are a few characters long, so each cut adds at most about
    /// one token: the count stays close (under 1% for runs of letters or base64) and in practice never below the exact
    /// one, which keeps a context limit on the safe side.
    /// </summary>
    public static int Count(string text)
    {
        var tokenizer = Encoding.Value;
        if (text.Length <= MaxPieceLength || tokenizer.PreTokenizer is not { } preTokenizer)
        {
            return tokenizer.CountTokens(text);
        }

        var count = 0;
        var counted = 0;
        foreach (var (offset, length) in preTokenizer.PreTokenize(text))
        {
            if (length <= MaxPieceLength)
            {
                continue;
            }

            if (offset > counted)
            {
                count += tokenizer.CountTokens(text.AsSpan(counted, offset - counted));
            }

            count += CountInPieces(tokenizer, text.AsSpan(offset, length));
            counted = offset + length;
        }

        return counted == 0 ? tokenizer.CountTokens(text) : count + (counted < text.Length ? tokenizer.CountTokens(text.AsSpan(counted)) : 0);
    }

    private static int CountInPieces(Tokenizer tokenizer, ReadOnlySpan<char> run)
    {
        var count = 0;
        while (run.Length > 0)
        {
            var take = Math.Min(MaxPieceLength, run.Length);
            if (take < run.Length && char.IsHighSurrogate(run[take - 1]))
            {
                take--; // never cut a surrogate pair: each half would count as a replacement character
            }

            count += tokenizer.CountTokens(run.Slice(0, take), considerPreTokenization: false);
            run = run.Slice(take);
        }

        return count;
    }

    private static Tokenizer Load()
    {
        try
        {
            return TiktokenTokenizer.CreateForEncoding("o200k_base");
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IOException or NotSupportedException or FileNotFoundException)
        {
            throw new IOException($"The o200k_base tokenizer data could not be loaded ({ex.Message.TrimEnd('.')}). It ships in Microsoft.ML.Tokenizers.Data.O200kBase; reinstall the tool or package.", ex);
        }
    }
}
