namespace Oem.PassThrough;

/// <summary>Runtime settings of a pass-through node that do not belong in the platform profile.</summary>
public sealed record PassThroughOptions
{
    /// <summary>How often the BMC's SDR repository timestamps are compared with the cache's (at most one check per period).</summary>
    public TimeSpan SdrCheckInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Bytes asked per Get SDR while filling the cache; halved on each 0xCA until the BMC accepts. 16 fits the 32-byte
    /// IPMB message limit (IPMB v1.0 §2.11: 7 frame bytes, completion code and next record ID leave 22).
    /// </summary>
    public int SdrReadChunk { get; init; } = 16;

    /// <summary>Restarts of one record's read after the BMC cancelled our reservation (0xC5) before the fill gives up.</summary>
    public int SdrReservationRetries { get; init; } = 5;

    /// <summary>Records read at most, however long the BMC's next-record chain is.</summary>
    public int SdrMaxRecords { get; init; } = 1024;
}
