using Oem.Handlers.App;
using Oem.Handlers.Chassis;
using Oem.Handlers.Sel;

namespace Oem.Handlers;

/// <summary>Settings of the IPMI command surface; every member has a working default.</summary>
public sealed record OemHandlerOptions
{
    public int SelCapacity { get; init; } = SelStore.DefaultCapacity;

    public SelFullPolicy SelWhenFull { get; init; } = SelFullPolicy.Stop;

    /// <summary>The rolling window of DCMI power statistics (minimum, maximum, average).</summary>
    public TimeSpan PowerStatisticsWindow { get; init; } = TimeSpan.FromMinutes(1);

    public ChassisOptions Chassis { get; init; } = new();

    /// <summary>Master Write-Read targets; when <see cref="MasterWriteReadOptions.Allowed"/> is null, the profile's chips.</summary>
    public MasterWriteReadOptions MasterWriteRead { get; init; } = new();
}
