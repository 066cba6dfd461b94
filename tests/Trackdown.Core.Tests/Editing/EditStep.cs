using System.Globalization;
using CsCheck;
using Trackdown.Core.Editing;

namespace Trackdown.Core.Tests.Editing;

/// <summary>One random edit: applies itself to an editor and to the expected model, and names the top-level key it touches.</summary>
internal abstract record EditStep(string Key)
{
    private static readonly string[] AllKeys = FrontmatterGen.Keys.Concat(new[] { "new_key", "odd: key" }).ToArray();

    public static readonly Gen<EditStep> Any = Gen.Frequency(
        (4, Gen.Select(Gen.OneOfConst(AllKeys), FrontmatterGen.AnyText).Select(EditStep (k, v) => new SetText(k, v))),
        (2, Gen.Select(Gen.OneOfConst("labels", "depends_on", "custom", "status", "new_list"), FrontmatterGen.AnyText.Array[0, 3]).Select(EditStep (k, v) => new SetList(k, v))),
        (2, Gen.OneOfConst(AllKeys).Select(EditStep (k) => new Remove(k))),
        (1, Gen.Select(Gen.OneOfConst("estimate", "title", "new_number"), Gen.Long[long.MinValue, long.MaxValue]).Select(EditStep (k, n) => new SetInteger(k, n))),
        (1, Gen.Select(Gen.OneOfConst("estimate", "labels"), Gen.Double[-1e9, 1e9]).Select(EditStep (k, n) => new SetDouble(k, n))),
        (2, Gen.Select(Gen.OneOfConst(new[] { "token_usage", "total" }, new[] { "token_usage", "by_agent", "claude" }, new[] { "token_usage", "by_agent", "new agent" }, new[] { "custom", "x" }, new[] { "new_map", "a", "b" }), Gen.Long[0, 1_000_000])
            .Select(EditStep (p, n) => new SetNested(p, n))));

    public virtual bool IsRemove => false;

    public abstract void Apply(FrontmatterEditor editor);

    public abstract void Expect(MappingValue model);

    private static string Show(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\n", "\\n").Replace("\r", "\\r").Replace("\"", "\\\"") + "\"";

    private sealed record SetText(string Key, string Value) : EditStep(Key)
    {
        public override void Apply(FrontmatterEditor editor) => editor.Set(Key, Value);

        public override void Expect(MappingValue model) => model.Set(Key, new TextValue(Value));

        public override string ToString() => $"Set({Show(Key)}, {Show(Value)})";
    }

    private sealed record SetList(string Key, string[] Values) : EditStep(Key)
    {
        public override void Apply(FrontmatterEditor editor) => editor.SetList(Key, Values);

        public override void Expect(MappingValue model) => model.Set(Key, new ListValue(Values));

        public override string ToString() => $"SetList({Show(Key)}, [{string.Join(", ", Values.Select(Show))}])";
    }

    private sealed record Remove(string Key) : EditStep(Key)
    {
        public override bool IsRemove => true;

        public override void Apply(FrontmatterEditor editor) => editor.Remove(Key);

        public override void Expect(MappingValue model) => model.Remove(Key);

        public override string ToString() => $"Remove({Show(Key)})";
    }

    private sealed record SetInteger(string Key, long Value) : EditStep(Key)
    {
        public override void Apply(FrontmatterEditor editor) => editor.SetNumber(Key, Value);

        public override void Expect(MappingValue model) => model.Set(Key, new IntegerValue(Value));

        public override string ToString() => $"SetNumber({Show(Key)}, {Value.ToString(CultureInfo.InvariantCulture)}L)";
    }

    private sealed record SetDouble(string Key, double Value) : EditStep(Key)
    {
        public override void Apply(FrontmatterEditor editor) => editor.SetNumber(Key, Value);

        public override void Expect(MappingValue model) => model.Set(Key, new NumberValue(Value));

        public override string ToString() => $"SetNumber({Show(Key)}, {Value.ToString("R", CultureInfo.InvariantCulture)})";
    }

    private sealed record SetNested(string[] Path, long Value) : EditStep(Path[0])
    {
        public override void Apply(FrontmatterEditor editor) => editor.SetNumber(Path, Value);

        public override void Expect(MappingValue model) => model.SetPath(Path, 0, new IntegerValue(Value));

        public override string ToString() => $"SetNumber([{string.Join(", ", Path.Select(Show))}], {Value.ToString(CultureInfo.InvariantCulture)}L)";
    }
}
