using System.Globalization;

namespace IpmiLoad.Load;

/// <summary>
/// What the kernel says about a server process: CPU time from /proc/PID/stat (utime + stime, fields 14
/// and 15, all threads, proc(5)) and resident memory from /proc/PID/status (VmRSS now, VmHWM peak).
/// </summary>
public sealed class ServerProbe(int pid)
{
    /// <summary>USER_HZ, the unit of utime and stime: 100 on every Linux ABI (proc(5), times(2)).</summary>
    private const double ClockTicksPerSecond = 100;

    public int Pid { get; } = pid;

    public TimeSpan CpuTime()
    {
        var stat = File.ReadAllText($"/proc/{Pid}/stat");
        // The command name (field 2) may hold spaces; count fields after its closing parenthesis (field 3 = state).
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[14 - 3], CultureInfo.InvariantCulture) + long.Parse(fields[15 - 3], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / ClockTicksPerSecond);
    }

    /// <summary>VmRSS and VmHWM in KiB.</summary>
    public (long Resident, long Peak) Memory()
    {
        long resident = 0, peak = 0;
        foreach (var line in File.ReadLines($"/proc/{Pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                resident = Kibibytes(line);
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                peak = Kibibytes(line);
        }
        return (resident, peak);
    }

    /// <summary>"VmRSS:     12345 kB" → 12345.</summary>
    private static long Kibibytes(string line) =>
        long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
}
