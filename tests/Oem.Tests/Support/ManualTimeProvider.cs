namespace Oem.Tests.Support;

/// <summary>
/// A TimeProvider whose clock moves only when a test calls <see cref="Advance"/>; timers due on the way fire in
/// order, on the advancing thread. (Microsoft.Extensions.TimeProvider.Testing is not among the allowed packages.)
/// </summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private readonly Lock _lock = new();
    private readonly List<ManualTimer> _timers = [];
    private readonly DateTimeOffset _start = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private long _ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp()
    {
        lock (_lock)
            return _ticks;
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
            return _start.AddTicks(_ticks);
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    public void Advance(TimeSpan by)
    {
        long target;
        lock (_lock)
            target = _ticks + by.Ticks;
        for (var fired = 0; fired < 100_000; fired++)
        {
            ManualTimer? next;
            lock (_lock)
            {
                next = _timers.Where(t => t.DueTicks is { } due && due <= target).MinBy(t => t.DueTicks);
                if (next is null)
                    break;
                _ticks = Math.Max(_ticks, next.DueTicks!.Value);
                next.DueTicks = next.PeriodTicks > 0 ? _ticks + next.PeriodTicks : null;
            }
            next.Fire();
        }
        lock (_lock)
            _ticks = Math.Max(_ticks, target);
    }

    /// <summary>Advances in <paramref name="step"/>s, giving other threads a moment after each, until <paramref name="task"/> ends.</summary>
    public async Task RunUntilAsync(Task task, TimeSpan step, int maxSteps = 1000)
    {
        for (var i = 0; i < maxSteps && !task.IsCompleted; i++)
        {
            await Task.WhenAny(task, Task.Delay(5));
            if (task.IsCompleted)
                break;
            Advance(step);
        }
        await Task.WhenAny(task, Task.Delay(TimeSpan.FromSeconds(5)));
        Assert.That(task.IsCompleted, Is.True, "the operation did not finish within the simulated time allowed");
        await task;
    }

    /// <summary>Advances <paramref name="total"/> in steps, letting bus work run between them.</summary>
    public async Task PassAsync(TimeSpan total, TimeSpan step)
    {
        for (var passed = TimeSpan.Zero; passed < total; passed += step)
        {
            Advance(step);
            await Task.Delay(1);
        }
    }

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        public long? DueTicks { get; set; }
        public long PeriodTicks { get; private set; }

        public void Fire() => callback(state);

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (owner._lock)
            {
                DueTicks = dueTime == Timeout.InfiniteTimeSpan ? null : owner._ticks + dueTime.Ticks;
                PeriodTicks = period == Timeout.InfiniteTimeSpan ? 0 : period.Ticks;
                if (!owner._timers.Contains(this))
                    owner._timers.Add(this);
            }
            return true;
        }

        public void Dispose()
        {
            lock (owner._lock)
                owner._timers.Remove(this);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
