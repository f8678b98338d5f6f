using Microsoft.Extensions.Hosting;
using Oem.Node;
using Oem.Platform;

namespace Oem.Handlers.Dcmi;

/// <summary>
/// Keeps a rolling window of system input power samples for DCMI Get Power Reading (DCMI v1.5 §6.6.1): the sum of
/// the power-supply power sensors (entity 0x0A; every power sensor when none is on a power supply), sampled from
/// the sensor cache once per refresh period. Nothing here touches the bus.
/// </summary>
public sealed class PowerSampler : BackgroundService
{
    private const byte PowerSupplyEntity = 0x0A;

    private readonly ISensorSource? _sensors;
    private readonly TimeProvider _time;
    private readonly int[] _powerSensors;
    private readonly Queue<(DateTimeOffset At, double Watts)> _samples = new();
    private readonly Lock _lock = new();

    public PowerSampler(IManagedNode node, TimeProvider time, TimeSpan window)
    {
        _sensors = node.Sensors;
        _time = time;
        Window = window;
        var power = (_sensors?.Sensors ?? []).Where(s => s.Kind == SensorKind.Power).ToArray();
        var supplies = power.Where(s => s.EntityId == PowerSupplyEntity).ToArray();
        _powerSensors = (supplies.Length > 0 ? supplies : power).Select(s => s.Index).ToArray();
    }

    public TimeSpan Window { get; }

    /// <summary>True when the node has a power sensor to read.</summary>
    public bool HasPowerSensor => _powerSensors.Length > 0;

    /// <summary>The present input power, or null while any of its sensors is unavailable.</summary>
    public double? Current
    {
        get
        {
            if (_sensors is null || _powerSensors.Length == 0)
                return null;
            double sum = 0;
            foreach (var index in _powerSensors)
            {
                if (_sensors.GetReading(index).Value is not { } watts)
                    return null;
                sum += watts;
            }
            return sum;
        }
    }

    /// <summary>Takes one sample now and drops those older than the window.</summary>
    public void Sample()
    {
        var now = _time.GetUtcNow();
        var current = Current;
        lock (_lock)
        {
            if (current is { } watts)
                _samples.Enqueue((now, watts));
            while (_samples.TryPeek(out var oldest) && now - oldest.At > Window)
                _samples.Dequeue();
        }
    }

    /// <summary>Minimum, maximum and average over the window and the time the samples span; null without samples.</summary>
    public (double Minimum, double Maximum, double Average, TimeSpan Span)? Statistics
    {
        get
        {
            lock (_lock)
            {
                if (_samples.Count == 0)
                    return null;
                var span = _time.GetUtcNow() - _samples.Peek().At;
                return (_samples.Min(s => s.Watts), _samples.Max(s => s.Watts), _samples.Average(s => s.Watts), span);
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_sensors is null || _powerSensors.Length == 0)
            return;
        using var timer = new PeriodicTimer(_sensors.RefreshPeriod, _time);
        try
        {
            do
                Sample();
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
