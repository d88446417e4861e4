namespace RecoveryInfo.Web.Content.Checks;

/// <summary>"Did you mean…?" for editors' typos.</summary>
public static class Suggestions
{
    /// <summary>Longer inputs are not typos worth guessing at, and comparing them costs length squared.</summary>
    private const int MaxInputLength = 64;

    public static string? Closest(string input, IEnumerable<string> candidates)
    {
        var allowed = Math.Max(2, input.Length / 3);
        if (input.Length > MaxInputLength)
        {
            return null;
        }

        // The distance is at least the difference in length, so those candidates need no comparing.
        var best = candidates
            .Where(candidate => Math.Abs(candidate.Length - input.Length) <= allowed)
            .Select(candidate => (candidate, distance: Distance(input, candidate)))
            .OrderBy(pair => pair.distance)
            .FirstOrDefault();
        return best.candidate is not null && best.distance <= allowed ? best.candidate : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), substitution);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
