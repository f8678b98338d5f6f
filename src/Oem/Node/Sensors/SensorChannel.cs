namespace Oem.Node.Sensors;

/// <summary>How one sensor is read: its index in the cache, the bus it is on, and the driver call.</summary>
public sealed record SensorChannel(int Index, int BusId, Func<CancellationToken, ValueTask<double>> ReadAsync);
