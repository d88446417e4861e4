using Microsoft.Extensions.Time.Testing;
using RecoveryInfo.Web.Search;

namespace RecoveryInfo.Tests.Search;

/// <summary>The index build gives way to requests: after each slice of work it rests while any are in flight.</summary>
public sealed class IndexPacerTests
{
    private readonly FakeTimeProvider _clock = new();
    private readonly RequestLoad _load = new();
    private readonly List<TimeSpan> _rests = [];

    [Fact]
    public void With_requests_in_flight_it_rests_three_times_each_slice_it_worked()
    {
        var pacer = new IndexPacer(_load, _clock, _rests.Add);
        _load.Enter();

        _clock.Advance(TimeSpan.FromMilliseconds(1));
        pacer.Pace();
        _clock.Advance(TimeSpan.FromMilliseconds(5));
        pacer.Pace();

        Assert.Equal([TimeSpan.FromMilliseconds(18)], _rests);
    }

    [Fact]
    public void With_no_request_in_flight_it_never_rests()
    {
        var pacer = new IndexPacer(_load, _clock, _rests.Add);
        _load.Enter();
        _load.Exit();

        for (var slice = 0; slice < 5; slice++)
        {
            _clock.Advance(TimeSpan.FromMilliseconds(10));
            pacer.Pace();
        }

        Assert.Empty(_rests);
        Assert.Equal(0, _load.InFlight);
    }

    [Fact]
    public void While_a_search_waits_for_the_index_the_build_does_not_rest_whatever_else_is_served()
    {
        var pacer = new IndexPacer(_load, _clock, _rests.Add);
        _load.Enter();
        _load.BeginWait();
        _load.Enter();

        _clock.Advance(TimeSpan.FromMilliseconds(10));
        pacer.Pace();
        Assert.Empty(_rests);

        _load.EndWait();
        _clock.Advance(TimeSpan.FromMilliseconds(10));
        pacer.Pace();
        Assert.Equal([TimeSpan.FromMilliseconds(30)], _rests);
    }
}
