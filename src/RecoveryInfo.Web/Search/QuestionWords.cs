namespace RecoveryInfo.Web.Search;

/// <summary>
/// Words that readers put in questions ("how do I…", "will my GP…") but that say nothing about what
/// they are looking for. They still count towards a result's score, but a page need not contain them.
/// </summary>
internal static class QuestionWords
{
    private static readonly HashSet<string> _words = new(StringComparer.Ordinal)
    {
        "i", "i'm", "im", "me", "my", "mine", "myself", "you", "your", "yours", "we", "us", "our", "he", "him", "his",
        "she", "her", "them", "someone", "somebody", "what", "what's", "whats", "why", "how", "when", "where", "who",
        "which", "do", "does", "did", "doing", "can", "could", "should", "would", "shall", "may", "might", "must", "am",
        "has", "have", "had", "been", "much", "many", "anything", "something", "about", "get", "got",
    };

    public static bool Contains(string typedWord) => _words.Contains(typedWord);
}
