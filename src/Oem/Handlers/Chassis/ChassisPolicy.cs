using Ipmi.Protocol.Chassis;
using Oem.State;

namespace Oem.Handlers.Chassis;

/// <summary>
/// The power restore policy (IPMI v2.0 §28.8), persisted in chassis-policy.json, reported by Get Chassis Status and
/// applied by <see cref="PowerRestore"/> when the sidecar starts with the host off.
/// </summary>
public sealed class ChassisPolicy(StateFile<ChassisPolicyState> file)
{
    private readonly Lock _lock = new();
    private ChassisPolicyState _state = file.Load(() => new ChassisPolicyState());

    public PowerRestorePolicy RestorePolicy
    {
        get
        {
            lock (_lock)
                return (PowerRestorePolicy)(_state.PowerRestorePolicy & 0x03);
        }
        set
        {
            lock (_lock)
            {
                var state = _state with { PowerRestorePolicy = (byte)value };
                file.Save(state);
                _state = state;
            }
        }
    }
}
