using Microsoft.ML.Tokenizers;

namespace Trackdown.Core.Tokens;

/// <summary>Real token counts with the o200k_base encoding (GPT-4o family), loaded once per process and reused.</summary>
public static class TokenCounter
{
    private static readonly Lazy<Tokenizer> Encoding = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static int Count(string text) => Encoding.Value.CountTokens(text);

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
