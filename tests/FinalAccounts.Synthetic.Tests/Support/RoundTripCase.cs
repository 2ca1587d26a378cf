using Bogus;
using FinalAccounts.Ingest.Model;
using FinalAccounts.Ingest.Parsing;
using FinalAccounts.Synthetic.Generation;
using FinalAccounts.Synthetic.Rendering;

namespace FinalAccounts.Synthetic.Tests.Support;

/// <summary>
/// One round trip, entirely determined by its seed: a synthetic unit-year, rendered with quirks, parsed back.
/// The seed is all it takes to reproduce a failure.
/// </summary>
public sealed record RoundTripCase(int Seed, Report Expected, RenderedReport Rendered)
{
    /// <summary>Every unit ordinal a case may draw: all places of the municipality, several slots deep.</summary>
    private const int Ordinals = 3000;

    /// <summary>A case with quirks drawn at random: each quirk is on or off, and when on has a random rate.</summary>
    public static RoundTripCase Random(int seed)
    {
        var r = new Randomizer(SeedSequence.Derive(seed, 31));
        double Rate() => r.Bool(0.4f) ? r.Double(0.05, 1) : 0;
        var quirks = new RenderQuirks
        {
            FoldedPunctuation = Rate(), StraySpaces = Rate(), ThousandsSeparators = Rate(), BrokenThousands = Rate(),
            IntegerZeros = Rate(), BrokenLines = Rate() / 3, BrokenRows = Rate(), BrokenHeaders = Rate(), PageMarkers = Rate(),
            LatexOperators = Rate(), FallWording = Rate(), FlatWording = Rate(), CombinedTotals = Rate(),
            TraditionalCharacters = Rate(), MissingSections = Rate() / 3,
        };
        return With(seed, quirks);
    }

    /// <summary>A case rendered with the given quirks.</summary>
    public static RoundTripCase With(int seed, RenderQuirks quirks)
    {
        var ordinal = SeedSequence.Derive(seed, 32) % Ordinals;
        var generator = new DemoGenerator(new DemoOptions(Units: ordinal + 1, Years: 3, Seed: seed));
        var expected = generator.GenerateUnit(ordinal).Last().Report;
        return new RoundTripCase(seed, expected, new ReportRenderer(quirks).Render(expected, seed));
    }

    /// <summary>Parses the rendered text and lists every difference from what was rendered; a parse error is one difference.</summary>
    public IReadOnlyList<string> Run()
    {
        Report actual;
        try
        {
            actual = ReportParser.Parse(Expected.FileName, Rendered.Text, Expected.Sha256);
        }
        catch (Exception e)
        {
            return [$"parse failed: {e.GetType().Name}: {e.Message}"];
        }
        return RoundTripComparer.Differences(Expected, actual, Rendered);
    }

    public override string ToString() => $"seed {Seed} ({Expected.FileName}; quirks: {Rendered.Quirks}; omitted: {string.Join(",", Rendered.Omitted)})";
}
