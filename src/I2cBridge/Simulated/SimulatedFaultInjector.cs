namespace I2cBridge.Simulated;

/// <summary>The faults armed on one simulated bus. Thread-safe: tests inject while the queue worker transfers.</summary>
public sealed class SimulatedFaultInjector
{
    private readonly List<SimulatedFault> _faults = [];
    private readonly Lock _lock = new();
    private volatile bool _stuck;

    /// <summary>True while a <see cref="SimulatedFaultKind.StuckBus"/> fault holds the bus.</summary>
    public bool IsStuck => _stuck;

    public void Inject(SimulatedFault fault)
    {
        lock (_lock)
            _faults.Add(fault);
    }

    public void Clear()
    {
        lock (_lock)
            _faults.Clear();
        _stuck = false;
    }

    /// <summary>What <see cref="I2cBus.Recover"/> does to the simulation: releases a stuck bus.</summary>
    internal void ReleaseStuck() => _stuck = false;

    internal void SetStuck() => _stuck = true;

    /// <summary>Takes the first armed fault of one of <paramref name="kinds"/> for this transfer, consuming it when one-shot.</summary>
    internal SimulatedFault? Take(int address, int writeLength, int readLength, ReadOnlySpan<SimulatedFaultKind> kinds)
    {
        lock (_lock)
        {
            for (var i = 0; i < _faults.Count; i++)
            {
                var fault = _faults[i];
                if (fault.Address is { } a && a != address)
                    continue;
                if (!kinds.Contains(fault.Kind) || !Applies(fault, writeLength, readLength))
                    continue;
                if (!fault.Persistent)
                    _faults.RemoveAt(i);
                return fault;
            }
            return null;
        }
    }

    private static bool Applies(SimulatedFault fault, int writeLength, int readLength) => fault.Kind switch
    {
        SimulatedFaultKind.NackAfterBytes => writeLength > fault.AfterBytes,
        SimulatedFaultKind.CorruptByte => readLength > fault.ByteIndex,
        SimulatedFaultKind.BadPec => readLength > 0,
        _ => true,
    };
}
