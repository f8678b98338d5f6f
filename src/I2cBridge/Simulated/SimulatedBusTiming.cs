using System.Diagnostics;

namespace I2cBridge.Simulated;

/// <summary>
/// Wire time of I2C transfers: every byte, the address byte included, takes 8 data bits plus the ACK bit, i.e.
/// 9 SCL periods (I2C-bus specification UM10204 §3.1.6). START/STOP and clock stretching are not counted.
/// </summary>
public static class SimulatedBusTiming
{
    public const int BitTimesPerByte = 9;

    public static TimeSpan ForBytes(long bytes, int speedHz)
        => TimeSpan.FromTicks(bytes * BitTimesPerByte * TimeSpan.TicksPerSecond / speedHz);

    /// <summary>Bytes on the wire for a write message then a read message (an address byte each; one for a bare probe).</summary>
    public static int WireBytes(int writeLength, int readLength)
    {
        var bytes = 0;
        if (writeLength > 0 || readLength == 0)
            bytes += 1 + writeLength;
        if (readLength > 0)
            bytes += 1 + readLength;
        return bytes;
    }

    /// <summary>Really waits <paramref name="duration"/>: sleeps whole milliseconds, spins the rest.</summary>
    public static void Wait(TimeSpan duration)
    {
        var start = Stopwatch.GetTimestamp();
        if (duration >= TimeSpan.FromMilliseconds(2))
            Thread.Sleep(duration - TimeSpan.FromMilliseconds(1));
        var spin = new SpinWait();
        while (Stopwatch.GetElapsedTime(start) < duration)
            spin.SpinOnce(sleep1Threshold: -1);
    }
}
