namespace RecoveryInfo.Web.Content.Reviews;

/// <summary>One page whose review is overdue or coming up, and how many days are left (negative when overdue).</summary>
public sealed record ReviewDue(Article Article, DateOnly NextReview, int DaysLeft)
{
    public bool IsOverdue => DaysLeft < 0;

    /// <summary>The days left in words, as every report says them.</summary>
    public string Status => DaysLeft switch
    {
        -1 => "overdue by 1 day",
        < 0 => $"overdue by {-DaysLeft} days",
        0 => "due today",
        1 => "due tomorrow",
        _ => $"due in {DaysLeft} days",
    };
}
