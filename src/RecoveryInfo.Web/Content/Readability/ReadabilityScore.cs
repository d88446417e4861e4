namespace RecoveryInfo.Web.Content.Readability;

/// <summary>
/// Counts from a piece of prose and the standard grades worked out from them. Scores add up, so a
/// page's score is the sum of its sections' scores and a site's the sum of its pages'.
/// </summary>
public readonly record struct ReadabilityScore(int Words, int Sentences, int Syllables, int Polysyllables)
{
    /// <summary>Flesch–Kincaid grade level (Kincaid and others, 1975): US school grade, 0.39·words/sentences + 11.8·syllables/words − 15.59.</summary>
    public double Grade => Words == 0 || Sentences == 0 ? 0 : (0.39 * Words / Sentences) + (11.8 * Syllables / Words) - 15.59;

    /// <summary>Flesch reading ease (Flesch, 1948): 206.835 − 1.015·words/sentences − 84.6·syllables/words; higher is easier.</summary>
    public double ReadingEase => Words == 0 || Sentences == 0 ? 0 : 206.835 - (1.015 * Words / Sentences) - (84.6 * Syllables / Words);

    /// <summary>SMOG grade (McLaughlin, 1969): 1.043·√(polysyllables·30/sentences) + 3.1291, words of three or more syllables counted.</summary>
    public double Smog => Sentences == 0 ? 0 : (1.043 * Math.Sqrt(Polysyllables * 30.0 / Sentences)) + 3.1291;

    public static ReadabilityScore operator +(ReadabilityScore left, ReadabilityScore right) => new(
        left.Words + right.Words, left.Sentences + right.Sentences, left.Syllables + right.Syllables, left.Polysyllables + right.Polysyllables);
}
