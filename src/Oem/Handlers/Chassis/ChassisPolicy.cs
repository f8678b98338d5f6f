using Ipmi.Protocol.Chassis;
using Oem.State;

namespace Oem.Handlers.Chassis;

/// <summary>
/// The power restore policy (IPMI v2.0 §28.8), persisted in chassis-policy.json and reported by Get Chassis Status.
/// The sidecar stores it for the operator; acting on AC return is the managed board's business.
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
