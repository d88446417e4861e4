using Microsoft.Extensions.Time.Testing;
using RecoveryInfo.Web.Content.Files;

namespace RecoveryInfo.Tests.Content;

/// <summary>The debouncer runs on a fake clock, so these tests decide time instead of waiting for it.</summary>
public sealed class ReloadDebouncerTests
{
    private static readonly TimeSpan _quiet = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan _maxDelay = TimeSpan.FromMilliseconds(600);

    [Fact]
    public void A_save_that_writes_several_times_is_one_rebuild()
    {
        var clock = new FakeTimeProvider();
        var runs = 0;
        using var debouncer = new ReloadDebouncer(_quiet, _maxDelay, clock, () => runs++);

        for (var write = 0; write < 5; write++)
        {
            debouncer.Signal();
            clock.Advance(TimeSpan.FromMilliseconds(20));
        }

        Assert.Equal(0, runs);
        clock.Advance(_quiet);
        Assert.Equal(1, runs);
        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(1, runs);
    }

    [Fact]
    public void Nothing_runs_before_the_changes_have_been_quiet()
    {
        var clock = new FakeTimeProvider();
        var runs = 0;
        using var debouncer = new ReloadDebouncer(_quiet, _maxDelay, clock, () => runs++);

        debouncer.Signal();
        clock.Advance(_quiet - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, runs);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, runs);
    }

    [Fact]
    public void Changes_that_never_stop_still_rebuild_by_the_maximum_delay()
    {
        var clock = new FakeTimeProvider();
        var runs = 0;
        using var debouncer = new ReloadDebouncer(_quiet, _maxDelay, clock, () => runs++);

        for (var step = 0; step < 6; step++)
        {
            debouncer.Signal();
            clock.Advance(TimeSpan.FromMilliseconds(100));
        }

        Assert.Equal(1, runs);
    }

    [Fact]
    public void A_change_after_a_rebuild_gets_its_own_rebuild()
    {
        var clock = new FakeTimeProvider();
        var runs = 0;
        using var debouncer = new ReloadDebouncer(_quiet, _maxDelay, clock, () => runs++);

        debouncer.Signal();
        clock.Advance(_quiet);
        debouncer.Signal();
        clock.Advance(_quiet);

        Assert.Equal(2, runs);
    }

    [Fact]
    public void Nothing_runs_after_dispose()
    {
        var clock = new FakeTimeProvider();
        var runs = 0;
        var debouncer = new ReloadDebouncer(_quiet, _maxDelay, clock, () => runs++);

        debouncer.Signal();
        debouncer.Dispose();
        debouncer.Signal();
        clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(0, runs);
    }
}
