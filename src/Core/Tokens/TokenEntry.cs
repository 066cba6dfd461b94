namespace Trackdown.Core.Tokens;

/// <summary>One line of <c>.ai-trackdown/logs/tokens.jsonl</c>: who used how many tokens on what, and what it cost.</summary>
public sealed record TokenEntry(
    DateTimeOffset Time,
    string Task,
    string? Epic,
    string? Agent,
    string? Model,
    long Input,
    long Output,
    decimal Cost,
    string? Operation)
{
    public long Total => Input + Output;
}
